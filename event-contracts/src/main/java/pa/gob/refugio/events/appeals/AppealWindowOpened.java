package pa.gob.refugio.events.appeals;

import java.time.LocalDate;
import java.util.UUID;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.EventType;
import pa.gob.refugio.events.Topics;

/** The confirmation was notified: an appeal to the Minister may be filed up to and including {@code lastDay}. */
@EventType(name = "AppealWindowOpened", topic = Topics.APPEALS)
public record AppealWindowOpened(EventMetadata metadata, UUID reconsiderationId, UUID decisionId, LocalDate notifiedOn, LocalDate lastDay) implements DomainEvent {
}
