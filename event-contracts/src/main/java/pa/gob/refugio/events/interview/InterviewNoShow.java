package pa.gob.refugio.events.interview;

import java.time.LocalDateTime;
import java.util.UUID;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.EventType;
import pa.gob.refugio.events.Topics;

/** The member did not come to the interview scheduled at {@code scheduledAt}; it can be rescheduled. */
@EventType(name = "InterviewNoShow", topic = Topics.INTERVIEW)
public record InterviewNoShow(EventMetadata metadata, UUID interviewId, UUID memberId, LocalDateTime scheduledAt)
        implements DomainEvent {
}
