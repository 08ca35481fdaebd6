package pa.gob.refugio.documents.extension;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import pa.gob.refugio.documents.document.DocumentKind;

/** A recorded extension and the documents it extended. */
public record ValidityExtensionView(UUID extensionId, String resolution, DocumentKind kind, LocalDate expiringFrom,
                                    LocalDate expiringBefore, LocalDate extendUntil, Integer extendByMonths,
                                    LocalDate appliedOn, int documentsExtended, List<String> documentNumbers) {

    static ValidityExtensionView of(ValidityExtension e, List<String> documentNumbers) {
        return new ValidityExtensionView(e.id(), e.resolution(), e.kind(), e.expiringFrom(), e.expiringBefore(),
                e.extendUntil(), e.extendByMonths(), e.appliedOn(), e.documentsExtended(), documentNumbers);
    }
}
