package pa.gob.refugio.registration.partner.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignatureIsAnHmacOfTimestampAndBodyWithTheSubscriptionSecretTest {

    /** The example of docs/services/registration-service.md ("Webhooks"), checked with openssl dgst -sha256 -hmac. */
    static final String SECRET = "whsec_test-secret-for-documentation";
    static final long TIMESTAMP = 1764000000L;
    static final String BODY = "{\"id\":\"5b0e7c1e-3f0a-4c55-9a53-3a4d2b8f9e10\",\"type\":\"referral.status_changed\","
            + "\"referralId\":\"0f6f1b5e-8d0e-4a57-b1c1-2c0e5f7a9d33\",\"status\":\"REGISTERED\","
            + "\"occurredAt\":\"2026-11-23T16:40:00Z\"}";
    static final String SIGNATURE = "v1=a6560d989fdc3219abc5fb590a1170c9c675e64ce26674a9e94d7edc8cc8a872";
    static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

    @Test
    void theSignatureIsTheHexHmacSha256OfTimestampDotBodyAsOpensslComputesIt() {
        assertEquals(SIGNATURE, WebhookSignature.sign(SECRET, TIMESTAMP, BODY));
    }

    @Test
    void aReceiverAcceptsTheSignatureOfTheBodyItReceivedWithinTheTolerance() {
        Instant received = Instant.ofEpochSecond(TIMESTAMP + 30);
        assertTrue(WebhookSignature.verify(SECRET, "1764000000", BODY, SIGNATURE, received, FIVE_MINUTES));
    }

    @Test
    void anAlteredBodyTimestampOrSecretIsRefused() {
        Instant received = Instant.ofEpochSecond(TIMESTAMP);
        assertFalse(WebhookSignature.verify(SECRET, "1764000000", BODY.replace("REGISTERED", "DECIDED"), SIGNATURE,
                received, FIVE_MINUTES));
        assertFalse(WebhookSignature.verify(SECRET, "1764000001", BODY, SIGNATURE, received, FIVE_MINUTES));
        assertFalse(WebhookSignature.verify("whsec_another", "1764000000", BODY, SIGNATURE, received, FIVE_MINUTES));
        assertFalse(WebhookSignature.verify(SECRET, "1764000000", BODY, "v1=" + "0".repeat(64), received,
                FIVE_MINUTES));
        assertFalse(WebhookSignature.verify(SECRET, "not-a-number", BODY, SIGNATURE, received, FIVE_MINUTES));
        assertFalse(WebhookSignature.verify(SECRET, null, BODY, SIGNATURE, received, FIVE_MINUTES));
    }

    @Test
    void anOldDeliveryReplayedLaterIsRefusedByItsTimestamp() {
        Instant muchLater = Instant.ofEpochSecond(TIMESTAMP).plus(Duration.ofMinutes(6));
        assertFalse(WebhookSignature.verify(SECRET, "1764000000", BODY, SIGNATURE, muchLater, FIVE_MINUTES));
    }

    @Test
    void eachSubscriptionGetsItsOwnRandomSecret() {
        String one = WebhookSignature.newSecret();
        String other = WebhookSignature.newSecret();
        assertTrue(one.startsWith("whsec_"));
        assertEquals("whsec_".length() + 43, one.length(), "32 random bytes, base64url without padding");
        assertNotEquals(one, other);
        assertNotEquals(WebhookSignature.sign(one, TIMESTAMP, BODY), WebhookSignature.sign(other, TIMESTAMP, BODY));
    }
}
