package pa.gob.refugio.events.interview;

import java.util.List;
import java.util.UUID;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.EventType;
import pa.gob.refugio.events.Topics;

/** Every adult of the family has been interviewed and no extension interview is open. */
@EventType(name = "CaseReadyForDecision", topic = Topics.INTERVIEW)
public record CaseReadyForDecision(EventMetadata metadata, List<UUID> interviewedMemberIds) implements DomainEvent {

    public CaseReadyForDecision {
        interviewedMemberIds = List.copyOf(interviewedMemberIds);
    }
}
