package pa.gob.refugio.documents.pdf;

import java.util.UUID;
import pa.gob.refugio.kit.audit.CaseScoped;

/** A rendered PDF with the case it is about, so that the read is audited under the case (kit audit). */
public record PrintedPdf(UUID caseId, String fileName, byte[] content) implements CaseScoped {

    @Override
    public UUID auditCaseId() {
        return caseId;
    }
}
