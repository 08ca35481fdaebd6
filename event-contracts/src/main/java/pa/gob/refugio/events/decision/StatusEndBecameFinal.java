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
 * The end of the members' refugee status ({@link StatusEnded}) can no longer be challenged administratively: a
 * window lapsed unused or the Minister denied the appeal. SNM revokes those members' refugee documents (only theirs).
 */
@EventType(name = "StatusEndBecameFinal", topic = Topics.DECISION)
public record StatusEndBecameFinal(EventMetadata metadata, UUID decisionId, List<UUID> memberIds,
                                   StatusEnded.Kind kind, Cause cause, LocalDate finalOn)
        implements DomainEvent, ConcernsMembers {

    public StatusEndBecameFinal {
        memberIds = ConcernsMembers.require(memberIds);
    }
}
