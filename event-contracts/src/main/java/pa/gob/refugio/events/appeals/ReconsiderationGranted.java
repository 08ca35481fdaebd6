package pa.gob.refugio.events.appeals;

import java.time.LocalDate;
import java.util.UUID;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.EventType;
import pa.gob.refugio.events.Topics;

/** CONARE granted the reconsideration of a negative decision: decision-service recognises (or admits, for a non-admission). */
@EventType(name = "ReconsiderationGranted", topic = Topics.APPEALS)
public record ReconsiderationGranted(EventMetadata metadata, UUID reconsiderationId, UUID decisionId, LocalDate decidedOn) implements DomainEvent {
}
