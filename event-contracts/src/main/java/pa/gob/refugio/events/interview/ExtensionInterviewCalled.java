package pa.gob.refugio.events.interview;

import java.util.UUID;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.EventType;
import pa.gob.refugio.events.Topics;

/**
 * ONPAR called an extension interview of one member; an {@link InterviewScheduled} with the same interview id
 * follows. The case is not ready for a decision until it is completed. The officer's reason stays in
 * interview-service.
 */
@EventType(name = "ExtensionInterviewCalled", topic = Topics.INTERVIEW)
public record ExtensionInterviewCalled(EventMetadata metadata, UUID interviewId, UUID memberId)
        implements DomainEvent {
}
