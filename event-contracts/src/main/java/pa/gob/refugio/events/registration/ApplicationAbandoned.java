package pa.gob.refugio.events.registration;

import java.time.LocalDate;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.EventType;
import pa.gob.refugio.events.Topics;

/** SNM reported that the applicant left Panama: the procedure is abandoned and the case ends. */
@EventType(name = "ApplicationAbandoned", topic = Topics.REGISTRATION)
public record ApplicationAbandoned(EventMetadata metadata, LocalDate departureDate, String reportedBy) implements DomainEvent {
}
