package pa.gob.refugio.documents.holder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import pa.gob.refugio.kit.audit.CaseScoped;

/** The particulars recorded for the holder of a document (the photograph by type and size only). */
public record HolderView(String documentNumber, UUID caseId, UUID memberId, String givenNames, String familyNames,
                         LocalDate dateOfBirth, String nationality, HolderRequest.Sex sex, String photoContentType,
                         int photoBytes, String recordedBy, Instant recordedAt) implements CaseScoped {

    static HolderView of(String documentNumber, DocumentHolder h) {
        return new HolderView(documentNumber, h.caseId(), h.memberId(), h.givenNames(), h.familyNames(),
                h.dateOfBirth(), h.nationality(), h.sex(), h.photoType(), h.photo().length, h.recordedBy(),
                h.recordedAt());
    }

    @Override
    public UUID auditCaseId() {
        return caseId;
    }
}
