package pa.gob.refugio.events.interview;

import java.time.LocalDateTime;
import java.util.UUID;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.EventType;
import pa.gob.refugio.events.Topics;

/** An open interview was cancelled because the case ended; its slot is free again. */
@EventType(name = "InterviewCancelled", topic = Topics.INTERVIEW)
public record InterviewCancelled(EventMetadata metadata, UUID interviewId, UUID memberId,
                                 LocalDateTime scheduledAt, Reason reason) implements DomainEvent {

    public enum Reason { APPLICATION_WITHDRAWN, APPLICATION_ABANDONED }
}
