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
 * The Supreme Court's Third Chamber annulled {@code annulledDecisionId} (a judicial review recorded in
 * appeals-service): the members listed are back at {@code reopenedAt}. SNM reinstates what that decision's finality
 * had revoked (provisional IDs after an annulled rejection, refugee documents after an annulled end of status).
 */
@EventType(name = "CaseReopened", topic = Topics.DECISION)
public record CaseReopened(EventMetadata metadata, UUID annulledDecisionId, UUID judicialReviewId,
                           List<UUID> memberIds, Step reopenedAt, LocalDate reopenedOn)
        implements DomainEvent, ConcernsMembers {

    /**
     * Where the members stand again: ADMISSIBILITY (an annulled non-admission), ELIGIBILITY (an annulled rejection:
     * awaiting CONARE's decision), RECOGNIZED (an annulled end of status: the recognition is in force again).
     */
    public enum Step { ADMISSIBILITY, ELIGIBILITY, RECOGNIZED }

    public CaseReopened {
        memberIds = ConcernsMembers.require(memberIds);
    }
}
