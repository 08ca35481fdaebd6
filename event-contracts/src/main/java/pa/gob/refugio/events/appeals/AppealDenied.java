package pa.gob.refugio.events.appeals;

import java.time.LocalDate;
import java.util.UUID;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.EventType;
import pa.gob.refugio.events.Topics;

/** The Minister denied the appeal: the administrative route is exhausted and the rejection is final. */
@EventType(name = "AppealDenied", topic = Topics.APPEALS)
public record AppealDenied(EventMetadata metadata, UUID appealId, UUID decisionId, LocalDate decidedOn) implements DomainEvent {
}
