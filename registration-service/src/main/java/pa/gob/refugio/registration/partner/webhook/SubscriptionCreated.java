package pa.gob.refugio.registration.partner.webhook;

import java.time.Instant;
import java.util.UUID;

/**
 * The answer to a new subscription: the only time the signing {@code secret} is shown. {@code signature} names the
 * scheme: {@code Refugio-Signature: v1=<hex HMAC-SHA256 of "<Refugio-Webhook-Timestamp>.<body>">}.
 */
public record SubscriptionCreated(UUID id, String url, String description, Instant createdAt, String secret,
                                  String signature) {

    static final String SCHEME = "Refugio-Signature: v1=<hex HMAC-SHA256(secret, \"<Refugio-Webhook-Timestamp>.<body>\")>";

    static SubscriptionCreated of(WebhookSubscription s) {
        return new SubscriptionCreated(s.id(), s.url(), s.description(), s.createdAt(), s.secret(), SCHEME);
    }
}
