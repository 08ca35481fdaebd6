package pa.gob.refugio.events.interview;

import java.time.LocalDateTime;
import java.util.UUID;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.EventType;
import pa.gob.refugio.events.Topics;

/** An interview of one adult (individual, or an extension interview ONPAR called) was scheduled, local time in Panama. */
@EventType(name = "InterviewScheduled", topic = Topics.INTERVIEW)
public record InterviewScheduled(EventMetadata metadata, UUID interviewId, UUID memberId,
                                 LocalDateTime scheduledAt, String site) implements DomainEvent {
}
