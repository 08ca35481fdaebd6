package pa.gob.refugio.registration.certificate;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The token in a certificate's QR code: the certificate number and its validity, signed with HMAC-SHA256. It
 * holds no personal data. Form: {@code v1.<base64url(number|validFrom|validUntil)>.<base64url(signature)>}.
 */
public final class CertificateToken {

    public record Claims(String certificateNumber, LocalDate validFrom, LocalDate validUntil) {
    }

    /** Longer than any genuine token; anything longer is not read. */
    public static final int MAX_LENGTH = 512;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;

    public CertificateToken(String secret) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("the certificate signing key must have at least 16 characters");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String sign(Claims claims) {
        String payload = ENCODER.encodeToString((claims.certificateNumber() + "|" + claims.validFrom() + "|"
                + claims.validUntil()).getBytes(StandardCharsets.UTF_8));
        return "v1." + payload + "." + ENCODER.encodeToString(mac("v1." + payload));
    }

    /** The claims of a token signed with this key; empty for anything else (forged, altered, malformed). */
    public Optional<Claims> verify(String token) {
        if (token == null || token.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String[] parts = token.strip().split("\\.");
        if (parts.length != 3 || !"v1".equals(parts[0])) {
            return Optional.empty();
        }
        try {
            byte[] signature = DECODER.decode(parts[2]);
            if (!MessageDigest.isEqual(signature, mac("v1." + parts[1]))) {
                return Optional.empty();
            }
            String[] fields = new String(DECODER.decode(parts[1]), StandardCharsets.UTF_8).split("\\|");
            if (fields.length != 3) {
                return Optional.empty();
            }
            return Optional.of(new Claims(fields[0], LocalDate.parse(fields[1]), LocalDate.parse(fields[2])));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private byte[] mac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
