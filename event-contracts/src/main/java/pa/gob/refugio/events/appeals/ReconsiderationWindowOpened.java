package pa.gob.refugio.events.appeals;

import java.time.LocalDate;
import java.util.UUID;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.EventType;
import pa.gob.refugio.events.Topics;

/** A negative resolution was notified: a reconsideration may be filed up to and including {@code lastDay}. */
@EventType(name = "ReconsiderationWindowOpened", topic = Topics.APPEALS)
public record ReconsiderationWindowOpened(EventMetadata metadata, UUID decisionId, LocalDate notifiedOn,
                                          LocalDate lastDay) implements DomainEvent {
}
