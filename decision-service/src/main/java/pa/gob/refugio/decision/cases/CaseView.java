package pa.gob.refugio.decision.cases;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import pa.gob.refugio.events.registration.ApplicationRegistered.FamilyRole;

/** A case's status, each member's eligibility outcome, and its decisions. */
public record CaseView(UUID caseId, String caseNumber, CaseStatus status, boolean registered, Instant updatedAt,
                       List<MemberView> members, List<DecisionView> decisions) {

    public record MemberView(UUID memberId, FamilyRole role, boolean adult, MemberOutcome outcome,
                             UUID outcomeDecisionId) {
    }

    static CaseView of(DecisionCase c) {
        return new CaseView(c.id(), c.caseNumber(), c.status(), c.registered(), c.updatedAt(),
                c.members().stream().map(m -> new MemberView(m.id(), m.familyRole(), m.adult(), m.outcome(),
                        m.outcomeDecisionId())).toList(),
                c.decisions().stream().map(d -> DecisionView.of(d, c.status())).toList());
    }
}
