package pa.gob.refugio.documents.travel;

import java.time.LocalDate;
import java.util.UUID;
import pa.gob.refugio.kit.audit.CaseScoped;

public record TravelCertificationView(UUID certificationId, String documentNumber, UUID caseId, LocalDate certifiedOn,
                                      String reference, LocalDate documentValidUntil) implements CaseScoped {

    @Override
    public UUID auditCaseId() {
        return caseId;
    }

}
