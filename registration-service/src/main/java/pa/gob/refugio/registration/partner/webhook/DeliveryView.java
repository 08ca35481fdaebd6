package pa.gob.refugio.registration.partner.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One delivery in a destination's log, with every attempt: time, HTTP status, and a generic {@code outcome}
 * ({@code delivered}, {@code http-503}, {@code timeout}, {@code refused}, {@code unresolved}, {@code tls-failed},
 * {@code target-not-allowed}, {@code failed}); {@code error} is the same generic outcome for a failed attempt. Never
 * the raw exception text: operators find the details in the service's log, by delivery id.
 */
public record DeliveryView(UUID id, String type, UUID referralId, String referralStatus, DeliveryStatus status,
                           int attemptCount, Instant nextAttemptAt, Instant deliveredAt, Instant createdAt,
                           List<AttemptView> attempts) {

    public record AttemptView(Instant at, Integer statusCode, String error, long durationMs, String outcome) {

        static AttemptView of(WebhookAttempt a) {
            boolean delivered = a.statusCode() != null && a.statusCode() >= 200 && a.statusCode() < 300;
            String outcome = delivered ? "delivered"
                    : a.statusCode() != null ? "http-" + a.statusCode()
                    : a.error() == null ? "failed" : a.error();
            return new AttemptView(a.attemptedAt(), a.statusCode(), delivered ? null : outcome, a.durationMs(),
                    outcome);
        }
    }

    static DeliveryView of(WebhookDelivery d, List<WebhookAttempt> attempts) {
        return new DeliveryView(d.id(), d.eventType(), d.referralId(), d.referralStatus(), d.status(), d.attempts(),
                d.nextAttemptAt(), d.deliveredAt(), d.createdAt(), attempts.stream().map(AttemptView::of).toList());
    }
}
