package pa.gob.refugio.events.appeals;

import java.time.LocalDate;
import java.util.UUID;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.EventType;
import pa.gob.refugio.events.Topics;

/** An appeal, addressed to the Minister of Government, was filed at ONPAR within its window. */
@EventType(name = "AppealFiled", topic = Topics.APPEALS)
public record AppealFiled(EventMetadata metadata, UUID appealId, UUID decisionId, LocalDate filedOn, LocalDate lastDay) implements DomainEvent {
}
