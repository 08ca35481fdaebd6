package pa.gob.refugio.registration.partner.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a webhook delivery: {@code Refugio-Signature: v1=<hex HMAC-SHA256>} over
 * {@code "<Refugio-Webhook-Timestamp>.<body>"}, keyed with the subscription's secret (its UTF-8 bytes, exactly as
 * shown once at subscription). The timestamp (Unix seconds) is part of what is signed, so a receiver that also checks
 * it is recent cannot be fed an old delivery again. Plain Java: the receivers' side is documented with the same rule.
 */
public final class WebhookSignature {

    /** Header names sent with every delivery. */
    public static final String ID_HEADER = "Refugio-Webhook-Id";
    public static final String TIMESTAMP_HEADER = "Refugio-Webhook-Timestamp";
    public static final String SIGNATURE_HEADER = "Refugio-Signature";

    private static final String SCHEME = "v1=";
    private static final String SECRET_PREFIX = "whsec_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSignature() {
    }

    /** A new signing secret: {@code whsec_} and 32 random bytes, base64url. */
    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The {@code Refugio-Signature} header value for a body sent at {@code timestamp} (Unix seconds). */
    public static String sign(String secret, long timestamp, String body) {
        return SCHEME + HexFormat.of().formatHex(hmac(secret, timestamp + "." + body));
    }

    /**
     * What a receiver does: recompute the signature and compare in constant time, and refuse a timestamp further
     * than {@code tolerance} from {@code now}.
     */
    public static boolean verify(String secret, String timestampHeader, String body, String signatureHeader,
                                 Instant now, Duration tolerance) {
        if (secret == null || timestampHeader == null || body == null || signatureHeader == null) {
            return false;
        }
        long timestamp;
        try {
            timestamp = Long.parseLong(timestampHeader.strip());
        } catch (NumberFormatException e) {
            return false;
        }
        if (Math.abs(now.getEpochSecond() - timestamp) > tolerance.toSeconds()) {
            return false;
        }
        byte[] expected = sign(secret, timestamp, body).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, signatureHeader.strip().getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] hmac(String secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }
}
