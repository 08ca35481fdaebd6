package pa.gob.refugio.events.registration;

import java.time.LocalDateTime;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.EventType;
import pa.gob.refugio.events.Topics;

/**
 * ONPAR gave the family its registration interview: the next free slot on a business day within the intake site's
 * office hours. {@code site} is the intake site's code (e.g. {@code BALBOA}); no personal data.
 */
@EventType(name = "RegistrationInterviewScheduled", topic = Topics.REGISTRATION)
public record RegistrationInterviewScheduled(EventMetadata metadata, LocalDateTime scheduledAt, String site)
        implements DomainEvent {
}
