package pa.gob.refugio.events.decision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import pa.gob.refugio.events.ConcernsMembers;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.EventType;
import pa.gob.refugio.events.Topics;
import pa.gob.refugio.events.decision.ResolutionNotified.ResolutionKind;

/**
 * A resolution was notified to the members listed (v2 of {@link ResolutionNotified}: names the members); legal
 * windows (reconsideration, appeal) run from {@code notifiedOn} for those members only.
 */
@EventType(name = "ResolutionNotified", version = 2, topic = Topics.DECISION)
public record ResolutionNotifiedV2(EventMetadata metadata, UUID decisionId, List<UUID> memberIds,
                                   ResolutionKind resolution, LocalDate notifiedOn, String channel)
        implements DomainEvent, ConcernsMembers {

    public ResolutionNotifiedV2 {
        memberIds = ConcernsMembers.require(memberIds);
    }
}
