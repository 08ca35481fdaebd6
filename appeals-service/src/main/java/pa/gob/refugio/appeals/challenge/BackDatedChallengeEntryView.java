package pa.gob.refugio.appeals.challenge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import pa.gob.refugio.kit.audit.CaseScoped;

/**
 * A back-dated challenge entry as officers see it. {@code status} AWAITING_CONFIRMATION: no effect yet; another
 * officer confirms it with {@code POST /api/v1/back-dated-entries/{entryId}/confirmation}.
 */
public record BackDatedChallengeEntryView(UUID entryId, UUID caseId, String kind, UUID decisionId, UUID targetId,
                                          LocalDate legalDate, int businessDaysBack, int allowedBusinessDays,
                                          String status, String requestedBy, Instant requestedAt, String resolvedBy,
                                          Instant resolvedAt, String rejectionReason, String explanation)
                                                  implements CaseScoped {
    @Override
    public UUID auditCaseId() {
        return caseId;
    }

    static BackDatedChallengeEntryView of(BackDatedChallengeEntry e, int allowed) {
        String explanation = switch (e.status()) {
            case AWAITING_CONFIRMATION -> "Dated " + e.legalDate() + ", " + e.businessDaysBack()
                    + " business days back (more than " + allowed + "): no effect until another officer confirms it";
            case CONFIRMED -> "Confirmed by " + e.resolvedBy() + ": in effect";
            case REJECTED -> "Rejected by " + e.resolvedBy() + ": never in effect";
        };
        return new BackDatedChallengeEntryView(e.id(), e.caseId(), e.kind().name(), e.decisionId(), e.targetId(),
                e.legalDate(), e.businessDaysBack(), allowed, e.status().name(), e.requestedBy(), e.requestedAt(),
                e.resolvedBy(), e.resolvedAt(), e.rejectionReason(), explanation);
    }
}
