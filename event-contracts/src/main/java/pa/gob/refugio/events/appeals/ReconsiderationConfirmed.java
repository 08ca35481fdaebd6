package pa.gob.refugio.events.appeals;

import java.time.LocalDate;
import java.util.UUID;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.EventType;
import pa.gob.refugio.events.Topics;

/** CONARE confirmed the negative decision on reconsideration; once notified, the appeal window opens. */
@EventType(name = "ReconsiderationConfirmed", topic = Topics.APPEALS)
public record ReconsiderationConfirmed(EventMetadata metadata, UUID reconsiderationId, UUID decisionId, LocalDate decidedOn) implements DomainEvent {
}
