package pa.gob.refugio.registration.partner.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One attempt to send a delivery, kept for the partner's delivery log: when, and the HTTP status or the error. */
@Entity
@Table(name = "webhook_attempt")
public class WebhookAttempt {

    @Id
    private UUID id;
    @Column(name = "delivery_id")
    private UUID deliveryId;
    @Column(name = "attempted_at")
    private Instant attemptedAt;
    @Column(name = "status_code")
    private Integer statusCode;
    private String error;
    @Column(name = "duration_ms")
    private long durationMs;

    protected WebhookAttempt() {
    }

    static WebhookAttempt of(UUID deliveryId, Instant attemptedAt, Integer statusCode, String error,
                             long durationMs) {
        WebhookAttempt a = new WebhookAttempt();
        a.id = UUID.randomUUID();
        a.deliveryId = deliveryId;
        a.attemptedAt = attemptedAt;
        a.statusCode = statusCode;
        a.error = error;
        a.durationMs = durationMs;
        return a;
    }

    public UUID deliveryId() {
        return deliveryId;
    }

    public Instant attemptedAt() {
        return attemptedAt;
    }

    public Integer statusCode() {
        return statusCode;
    }

    public String error() {
        return error;
    }

    public long durationMs() {
        return durationMs;
    }
}
