package pa.gob.refugio.events.registration;

import java.time.LocalDate;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.EventType;
import pa.gob.refugio.events.Topics;

/** The applicant withdrew the application; the case ends. */
@EventType(name = "ApplicationWithdrawn", topic = Topics.REGISTRATION)
public record ApplicationWithdrawn(EventMetadata metadata, LocalDate withdrawnOn) implements DomainEvent {
}
