package pa.gob.refugio.documents.verification;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import pa.gob.refugio.documents.document.DocumentKind;

/**
 * What anybody scanning a document's QR code learns: {@code {"valid": true, "kind", "validUntil"}} (enough to match
 * the paper in hand: which document, until when), or {@code {"valid": false}} and nothing else, whatever the reason
 * (unknown, forged, revoked, superseded, expired). No name, case, member, number or status word.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VerificationView(boolean valid, DocumentKind kind, LocalDate validUntil) {

    public static final VerificationView NOT_VALID = new VerificationView(false, null, null);

    static VerificationView valid(DocumentKind kind, LocalDate validUntil) {
        return new VerificationView(true, kind, validUntil);
    }
}
