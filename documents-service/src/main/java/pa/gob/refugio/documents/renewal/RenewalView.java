package pa.gob.refugio.documents.renewal;

import java.time.LocalDate;
import java.util.UUID;
import pa.gob.refugio.documents.document.Document;
import pa.gob.refugio.documents.document.DocumentStatus;

/** A renewal and the document's state after it. */
public record RenewalView(UUID renewalId, UUID documentId, String documentNumber, Renewal.Status status,
                          LocalDate requestedOn, LocalDate validUntilAtRequest, LocalDate decidedOn,
                          LocalDate newValidUntil, String note, DocumentStatus documentStatus,
                          LocalDate documentValidUntil) {

    static RenewalView of(Renewal r, Document d, LocalDate today) {
        return new RenewalView(r.id(), d.id(), d.documentNumber(), r.status(), r.requestedOn(),
                r.validUntilAtRequest(), r.decidedOn(), r.newValidUntil(), r.note(), d.statusOn(today),
                d.validUntil());
    }
}
