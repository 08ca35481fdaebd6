package pa.gob.refugio.events.decision;

import java.time.LocalDate;
import java.util.UUID;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.EventType;
import pa.gob.refugio.events.Topics;

/** A negative resolution can no longer be challenged administratively: a window lapsed unused or the Minister denied the appeal. SNM revokes the provisional IDs. */
@EventType(name = "RejectionBecameFinal", topic = Topics.DECISION)
public record RejectionBecameFinal(EventMetadata metadata, UUID decisionId, Cause cause, LocalDate finalOn) implements DomainEvent {

    public enum Cause { RECONSIDERATION_WINDOW_LAPSED, APPEAL_WINDOW_LAPSED, APPEAL_DENIED }
}
