package pa.gob.refugio.decision.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import pa.gob.refugio.kit.audit.CaseScoped;

/**
 * A back-dated entry as officers see it. {@code status} AWAITING_CONFIRMATION: it has no effect yet; a second officer
 * confirms it with {@code POST /api/v1/back-dated-entries/{entryId}/confirmation}.
 */
public record BackDatedEntryView(UUID entryId, UUID caseId, String kind, UUID decisionId, LocalDate legalDate,
                                 int businessDaysBack, int allowedBusinessDays, String status, String requestedBy,
                                 Instant requestedAt, String resolvedBy, Instant resolvedAt, String rejectionReason,
                                 String explanation) implements CaseScoped {
    @Override
    public UUID auditCaseId() {
        return caseId;
    }

    static BackDatedEntryView of(BackDatedEntry e, int allowed) {
        String explanation = switch (e.status()) {
            case AWAITING_CONFIRMATION -> "Dated " + e.legalDate() + ", " + e.businessDaysBack()
                    + " business days back (more than " + allowed + "): no effect until another officer confirms it";
            case CONFIRMED -> "Confirmed by " + e.resolvedBy() + ": in effect";
            case REJECTED -> "Rejected by " + e.resolvedBy() + ": never in effect";
        };
        return new BackDatedEntryView(e.id(), e.caseId(), e.kind().name(), e.decisionId(), e.legalDate(),
                e.businessDaysBack(), allowed, e.status().name(), e.requestedBy(), e.requestedAt(), e.resolvedBy(),
                e.resolvedAt(), e.rejectionReason(), explanation);
    }
}
