package pa.gob.refugio.documents.renewal;

import java.time.LocalDate;
import java.util.UUID;
import pa.gob.refugio.documents.document.Document;
import pa.gob.refugio.documents.document.DocumentStatus;
import pa.gob.refugio.kit.audit.CaseScoped;

/** A renewal and the document's state after it. */
public record RenewalView(UUID renewalId, UUID documentId, String documentNumber, UUID caseId, Renewal.Status status,
                          LocalDate requestedOn, LocalDate validUntilAtRequest, LocalDate decidedOn,
                          LocalDate newValidUntil, String note, DocumentStatus documentStatus,
                          LocalDate documentValidUntil) implements CaseScoped {

    @Override
    public UUID auditCaseId() {
        return caseId;
    }


    static RenewalView of(Renewal r, Document d, LocalDate today) {
        return new RenewalView(r.id(), d.id(), d.documentNumber(), d.caseId(), r.status(), r.requestedOn(),
                r.validUntilAtRequest(), r.decidedOn(), r.newValidUntil(), r.note(), d.statusOn(today),
                d.validUntil());
    }
}
