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
 * A negative resolution was notified to the members listed: they may file a reconsideration up to and including
 * {@code lastDay} (v2 of {@link ReconsiderationWindowOpened}: names the members).
 */
@EventType(name = "ReconsiderationWindowOpened", version = 2, topic = Topics.APPEALS)
public record ReconsiderationWindowOpenedV2(EventMetadata metadata, UUID decisionId, List<UUID> memberIds,
                                            LocalDate notifiedOn, LocalDate lastDay)
        implements DomainEvent, ConcernsMembers {

    public ReconsiderationWindowOpenedV2 {
        memberIds = ConcernsMembers.require(memberIds);
    }
}
