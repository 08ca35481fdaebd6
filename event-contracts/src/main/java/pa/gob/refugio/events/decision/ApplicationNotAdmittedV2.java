package pa.gob.refugio.events.decision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import pa.gob.refugio.events.ConcernsMembers;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.EventType;
import pa.gob.refugio.events.Topics;

/**
 * The application was not admitted for the members listed (v2 of {@link ApplicationNotAdmitted}: names the members).
 * The written reasons stay in decision-service; only the ground's code travels.
 */
@EventType(name = "ApplicationNotAdmitted", version = 2, topic = Topics.DECISION)
public record ApplicationNotAdmittedV2(EventMetadata metadata, UUID decisionId, List<UUID> memberIds, String ground,
                                       LocalDate decidedOn) implements DomainEvent, ConcernsMembers {

    public ApplicationNotAdmittedV2 {
        memberIds = ConcernsMembers.require(memberIds);
    }
}
