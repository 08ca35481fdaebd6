package pa.gob.refugio.appeals.challenge;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import pa.gob.refugio.appeals.judicial.JudicialReviewView;
import pa.gob.refugio.appeals.summary.CaseSummary;
import pa.gob.refugio.kit.audit.CaseScoped;
import pa.gob.refugio.kit.deadline.DeadlineView;

/** What clients read back; every deadline explains how it was counted. */
public final class ChallengeViews {

    private ChallengeViews() {
    }

    public record WindowView(UUID windowId, String kind, UUID decisionId, String resolution, UUID reconsiderationId,
                             LocalDate notifiedOn, String channel, LocalDate lastDay, String status,
                             LocalDate closedOn, DeadlineView deadline) {
    }

    public record ReconsiderationView(UUID reconsiderationId, UUID caseId, UUID decisionId, LocalDate filedOn,
                                      DeadlineView deadline, String status, LocalDate decidedOn, String reasons)
            implements CaseScoped {

        @Override
        public UUID auditCaseId() {
            return caseId;
        }
    }

    public record AppealView(UUID appealId, UUID caseId, UUID decisionId, UUID reconsiderationId, LocalDate filedOn,
                             DeadlineView deadline, String status, LocalDate decidedOn, String reasons,
                             UUID caseSummaryId, LocalDate decisionNotifiedOn, String decisionNotificationChannel)
            implements CaseScoped {

        @Override
        public UUID auditCaseId() {
            return caseId;
        }
    }

    public record ChallengesView(UUID caseId, boolean administrativeRouteExhausted, List<WindowView> windows,
                                 List<ReconsiderationView> reconsiderations, List<AppealView> appeals,
                                 List<JudicialReviewView> judicialReviews) {
    }

    /** The case summary sent to the Ministry with an appeal; the audit records its reads under its case. */
    public record CaseSummaryView(UUID summaryId, UUID appealId, LocalDate sentOn, String sentTo,
                                  CaseSummary summary) implements CaseScoped {

        @Override
        public UUID auditCaseId() {
            return summary == null ? null : summary.caseId();
        }
    }
}
