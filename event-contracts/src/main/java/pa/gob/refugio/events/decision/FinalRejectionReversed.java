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
 * A rejection that had become final because a window lapsed is open to challenge again, for the members listed: the
 * window was reinstated (a paper filing received in time, or a supervisor's reinstatement). SNM reinstates the
 * provisional IDs the final rejection revoked; the case is open again.
 */
@EventType(name = "FinalRejectionReversed", topic = Topics.DECISION)
public record FinalRejectionReversed(EventMetadata metadata, UUID decisionId, List<UUID> memberIds,
                                     RejectionBecameFinal.Cause reversedCause, LocalDate previousFinalOn,
                                     LocalDate reversedOn) implements DomainEvent, ConcernsMembers {

    public FinalRejectionReversed {
        memberIds = ConcernsMembers.require(memberIds);
    }
}
