package pa.gob.refugio.events.appeals;

import java.time.LocalDate;
import java.util.UUID;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.EventType;
import pa.gob.refugio.events.Topics;

/** The Minister granted the appeal: decision-service recognises refugee status. */
@EventType(name = "AppealGranted", topic = Topics.APPEALS)
public record AppealGranted(EventMetadata metadata, UUID appealId, UUID decisionId, LocalDate decidedOn) implements DomainEvent {
}
