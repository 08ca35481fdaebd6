package pa.gob.refugio.events.appeals;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import pa.gob.refugio.events.ConcernsMembers;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.EventType;
import pa.gob.refugio.events.Topics;

/**
 * The Minister's decision on an appeal was notified to the members listed: the administrative route ends at this
 * notification; a judicial review at the Third Chamber may be recorded after it.
 */
@EventType(name = "AppealDecisionNotified", topic = Topics.APPEALS)
public record AppealDecisionNotified(EventMetadata metadata, UUID appealId, UUID decisionId, List<UUID> memberIds,
                                     LocalDate notifiedOn, String channel) implements DomainEvent, ConcernsMembers {

    public AppealDecisionNotified {
        memberIds = ConcernsMembers.require(memberIds);
    }
}
