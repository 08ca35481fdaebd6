package pa.gob.refugio.documents.verification;

import java.time.LocalDate;
import java.util.UUID;
import pa.gob.refugio.documents.document.DocumentKind;
import pa.gob.refugio.kit.audit.CaseScoped;

/**
 * What SNM prints on a document: {@code token} is what the QR code carries, {@code qrText} the whole QR content (the
 * public verification address followed by the token); {@code keyId} names the signing key.
 */
public record VerificationTokenView(UUID documentId, String documentNumber, UUID caseId, UUID memberId,
                                    DocumentKind kind, LocalDate validUntil, String keyId, String token,
                                    String qrText) implements CaseScoped {

    @Override
    public UUID auditCaseId() {
        return caseId;
    }
}
