package pa.gob.refugio.documents.document;

import java.time.LocalDate;

/** What a checkpoint officer sees after scanning a document: no names, no case, no member. */
public record VerificationView(String documentNumber, DocumentStatus status, LocalDate validFrom,
                               LocalDate validUntil) {

    static VerificationView of(Document d, LocalDate today) {
        return new VerificationView(d.documentNumber(),
                ValidityRules.publicStatus(d.storedStatus(), d.validUntil(), today), d.validFrom(), d.validUntil());
    }
}
