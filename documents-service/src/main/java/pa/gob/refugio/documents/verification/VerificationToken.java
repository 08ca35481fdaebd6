package pa.gob.refugio.documents.verification;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import pa.gob.refugio.kit.signing.SigningKeyRing;

/**
 * The first token a document's QR code carried (still verified: documents printed with it stay valid; new prints
 * carry the kit's {@link pa.gob.refugio.kit.signing.SealedPayload}, see {@link DocumentSigning}): {@code base64url(payload) "." base64url(Ed25519 signature of payload)},
 * payload {@code v1|<keyId>|<documentNumber>} (UTF-8), no padding. About 120 characters; it holds the printed number
 * and nothing personal. Without the private key nobody can make one, so a public verification by token cannot be
 * enumerated; with the public key of its key id anybody can check one offline (a plain JDK {@code Signature}).
 */
public final class VerificationToken {

    /** What a genuine token says. */
    public record Claims(String keyId, String documentNumber) {
    }

    /** Longer than any genuine token; anything longer is not read. */
    public static final int MAX_LENGTH = 512;
    private static final String VERSION = "v1";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SigningKeyRing keys;

    public VerificationToken(SigningKeyRing keys) {
        this.keys = keys;
    }

    public String sign(String documentNumber) {
        if (documentNumber == null || documentNumber.isEmpty() || documentNumber.indexOf('|') >= 0) {
            throw new IllegalArgumentException("not a document number: " + documentNumber);
        }
        byte[] payload = (VERSION + "|" + keys.activeKeyId() + "|" + documentNumber).getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(keys.sign(payload));
    }

    /** The claims of a genuine token; empty for anything else (forged, altered, unknown key, malformed). */
    public Optional<Claims> verify(String token) {
        if (token == null || token.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            return Optional.empty();
        }
        try {
            byte[] payload = DECODER.decode(token.substring(0, dot));
            byte[] signature = DECODER.decode(token.substring(dot + 1));
            String[] fields = new String(payload, StandardCharsets.UTF_8).split("\\|", -1);
            if (fields.length != 3 || !VERSION.equals(fields[0]) || fields[2].isEmpty()) {
                return Optional.empty();
            }
            if (!keys.verify(fields[1], payload, signature)) {
                return Optional.empty();
            }
            return Optional.of(new Claims(fields[1], fields[2]));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
