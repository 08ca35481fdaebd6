package pa.gob.refugio.registration.partner.webhook;

import java.time.Instant;
import java.util.UUID;

/** A subscription as its partner sees it; the secret is never shown again after {@link SubscriptionCreated}. */
public record SubscriptionView(UUID id, String url, String description, Instant createdAt) {

    static SubscriptionView of(WebhookSubscription s) {
        return new SubscriptionView(s.id(), s.url(), s.description(), s.createdAt());
    }
}
