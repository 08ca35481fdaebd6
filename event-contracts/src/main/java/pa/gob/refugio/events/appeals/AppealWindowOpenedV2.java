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
 * The confirmation was notified to the members listed: they may appeal to the Minister up to and including
 * {@code lastDay} (v2 of {@link AppealWindowOpened}: names the members).
 */
@EventType(name = "AppealWindowOpened", version = 2, topic = Topics.APPEALS)
public record AppealWindowOpenedV2(EventMetadata metadata, UUID reconsiderationId, UUID decisionId,
                                   List<UUID> memberIds, LocalDate notifiedOn, LocalDate lastDay)
        implements DomainEvent, ConcernsMembers {

    public AppealWindowOpenedV2 {
        memberIds = ConcernsMembers.require(memberIds);
    }
}
