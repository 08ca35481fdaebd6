package pa.gob.refugio.documents.document;

import java.time.LocalDate;
import java.util.UUID;
import pa.gob.refugio.events.documents.DocumentRevoked;
import pa.gob.refugio.kit.audit.CaseScoped;

/** A document as SNM and ONPAR read it; {@code status} and {@code workPermitEligible} are as of today. */
public record DocumentView(UUID documentId, String documentNumber, UUID caseId, UUID memberId, DocumentKind kind,
                           DocumentStatus status, LocalDate validFrom, LocalDate validUntil,
                           boolean workPermitEligible, DocumentRevoked.Reason revocationReason, LocalDate revokedOn,
                           UUID supersededBy) implements CaseScoped {

    /** The audit records reads of a document under its case (kit audit). */
    @Override
    public UUID auditCaseId() {
        return caseId;
    }

    /** {@code workPermitEligible}: the holder's eligibility today by age and status (workpermit's rule). */
    public static DocumentView of(Document d, LocalDate today, boolean workPermitEligible) {
        return new DocumentView(d.id(), d.documentNumber(), d.caseId(), d.memberId(), d.kind(), d.statusOn(today),
                d.validFrom(), d.validUntil(), workPermitEligible, d.revocationReason(), d.revokedOn(),
                d.supersededBy());
    }
}
