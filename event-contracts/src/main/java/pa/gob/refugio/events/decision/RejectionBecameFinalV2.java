package pa.gob.refugio.events.decision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import pa.gob.refugio.events.ConcernsMembers;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.EventType;
import pa.gob.refugio.events.Topics;
import pa.gob.refugio.events.decision.RejectionBecameFinal.Cause;

/**
 * A negative resolution can no longer be challenged administratively, for the members listed only (v2 of
 * {@link RejectionBecameFinal}: names the members). SNM revokes those members' provisional IDs; the case ends only
 * when every member has a final outcome.
 */
@EventType(name = "RejectionBecameFinal", version = 2, topic = Topics.DECISION)
public record RejectionBecameFinalV2(EventMetadata metadata, UUID decisionId, List<UUID> memberIds, Cause cause,
                                     LocalDate finalOn) implements DomainEvent, ConcernsMembers {

    public RejectionBecameFinalV2 {
        memberIds = ConcernsMembers.require(memberIds);
    }
}
