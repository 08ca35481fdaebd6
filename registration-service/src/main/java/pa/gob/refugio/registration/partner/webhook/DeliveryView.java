package pa.gob.refugio.registration.partner.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One delivery in a destination's log, with every attempt (time, HTTP status or error). */
public record DeliveryView(UUID id, String type, UUID referralId, String referralStatus, DeliveryStatus status,
                           int attemptCount, Instant nextAttemptAt, Instant deliveredAt, Instant createdAt,
                           List<AttemptView> attempts) {

    public record AttemptView(Instant at, Integer statusCode, String error, long durationMs) {

        static AttemptView of(WebhookAttempt a) {
            return new AttemptView(a.attemptedAt(), a.statusCode(), a.error(), a.durationMs());
        }
    }

    static DeliveryView of(WebhookDelivery d, List<WebhookAttempt> attempts) {
        return new DeliveryView(d.id(), d.eventType(), d.referralId(), d.referralStatus(), d.status(), d.attempts(),
                d.nextAttemptAt(), d.deliveredAt(), d.createdAt(), attempts.stream().map(AttemptView::of).toList());
    }
}
