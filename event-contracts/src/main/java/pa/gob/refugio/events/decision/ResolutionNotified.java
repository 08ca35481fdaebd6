package pa.gob.refugio.events.decision;

import java.time.LocalDate;
import java.util.UUID;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.EventType;
import pa.gob.refugio.events.Topics;

/** A resolution was notified to the applicant; legal windows (reconsideration, appeal) run from {@code notifiedOn}. */
@EventType(name = "ResolutionNotified", topic = Topics.DECISION)
public record ResolutionNotified(EventMetadata metadata, UUID decisionId, ResolutionKind resolution,
                                 LocalDate notifiedOn, String channel) implements DomainEvent {

    public enum ResolutionKind {
        ADMITTED, NOT_ADMITTED, RECOGNIZED, REJECTED,
        /** CONARE ended a recognised member's status (cessation, cancellation, revocation): see StatusEnded. */
        STATUS_ENDED;

        /** A negative resolution can be challenged by reconsideration (then appeal), as an end of status can. */
        public boolean negative() {
            return this == NOT_ADMITTED || this == REJECTED || this == STATUS_ENDED;
        }
    }
}
