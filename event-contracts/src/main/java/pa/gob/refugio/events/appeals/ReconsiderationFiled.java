package pa.gob.refugio.events.appeals;

import java.time.LocalDate;
import java.util.UUID;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.EventType;
import pa.gob.refugio.events.Topics;

/** A reconsideration, addressed to CONARE, was filed at ONPAR within its window. */
@EventType(name = "ReconsiderationFiled", topic = Topics.APPEALS)
public record ReconsiderationFiled(EventMetadata metadata, UUID reconsiderationId, UUID decisionId,
                                   LocalDate filedOn, LocalDate lastDay) implements DomainEvent {
}
