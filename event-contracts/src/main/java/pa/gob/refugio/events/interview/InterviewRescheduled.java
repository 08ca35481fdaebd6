package pa.gob.refugio.events.interview;

import java.time.LocalDateTime;
import java.util.UUID;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.EventType;
import pa.gob.refugio.events.Topics;

/**
 * An interview was moved to a new slot (local time in Panama), either at the officer's request or after a no-show
 * ({@code afterNoShow}). The officer's free-text reason stays in interview-service.
 */
@EventType(name = "InterviewRescheduled", topic = Topics.INTERVIEW)
public record InterviewRescheduled(EventMetadata metadata, UUID interviewId, UUID memberId,
                                   LocalDateTime previousScheduledAt, LocalDateTime scheduledAt, String site,
                                   boolean afterNoShow) implements DomainEvent {
}
