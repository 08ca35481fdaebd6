package pa.gob.refugio.events.appeals;

import java.time.LocalDate;
import java.util.UUID;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.EventType;
import pa.gob.refugio.events.Topics;

/** The Third Chamber's outcome of a recorded judicial review. */
@EventType(name = "JudicialReviewDecided", topic = Topics.APPEALS)
public record JudicialReviewDecided(EventMetadata metadata, UUID judicialReviewId, UUID decisionId, Outcome outcome,
                                    LocalDate decidedOn) implements DomainEvent {

    /** ANNULLED: the court annulled the negative resolution; UPHELD: it is lawful; DISMISSED: not admitted or withdrawn. */
    public enum Outcome { ANNULLED, UPHELD, DISMISSED }
}
