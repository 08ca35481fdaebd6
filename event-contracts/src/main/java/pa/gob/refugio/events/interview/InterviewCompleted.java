package pa.gob.refugio.events.interview;

import java.time.Instant;
import java.util.UUID;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.EventType;
import pa.gob.refugio.events.Topics;

/** An interview was held and recorded. The record itself (summary, interpreter) stays in interview-service. */
@EventType(name = "InterviewCompleted", topic = Topics.INTERVIEW)
public record InterviewCompleted(EventMetadata metadata, UUID interviewId, UUID memberId, Instant completedAt)
        implements DomainEvent {
}
