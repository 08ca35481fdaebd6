package pa.gob.refugio.decision.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import pa.gob.refugio.events.decision.RejectionBecameFinal;
import pa.gob.refugio.events.decision.StatusEnded;
import pa.gob.refugio.events.decision.ResolutionNotified.ResolutionKind;
import pa.gob.refugio.kit.audit.CaseScoped;

/** A decision as ONPAR, CONARE and the Ministry read it back, with its reasons. */
public record DecisionView(UUID decisionId, UUID caseId, DecisionKind kind, ResolutionKind outcome, String ground,
                           String legalBasis, String reasons, List<UUID> memberIds, LocalDate decidedOn,
                           String decidedBy, DecisionOrigin origin, UUID challengedDecisionId,
                           NotificationView notification, ChallengeState challengeState, UUID overturnedBy,
                           LocalDate finalOn, RejectionBecameFinal.Cause finalCause, CaseStatus caseStatus,
                           StatusEnded.Kind endKind, LocalDate annulledOn)
        implements CaseScoped {

    /** The audit records reads of a decision under its case (kit audit). */
    @Override
    public UUID auditCaseId() {
        return caseId;
    }

    /** When and how the resolution was notified. */
    public record NotificationView(LocalDate notifiedOn, NotificationChannel channel, Boolean acknowledged,
                                   String recordedBy) {
    }

    public static DecisionView of(Decision d, CaseStatus caseStatus) {
        NotificationView notification = d.notifiedOn() == null ? null
                : new NotificationView(d.notifiedOn(), d.notificationChannel(), d.acknowledged(), d.notifiedBy());
        return new DecisionView(d.id(), d.caseId(), d.kind(), d.outcome(), d.ground(), d.legalBasis(), d.reasons(),
                d.memberIds(), d.decidedOn(), d.decidedBy(), d.origin(), d.challengedDecisionId(), notification,
                d.challengeState(), d.overturnedBy(), d.finalOn(), d.finalCause(), caseStatus, d.endKind(),
                d.annulledOn());
    }
}
