package pa.gob.refugio.registration.partner.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One notification to one destination: its payload (fixed at queueing, so every attempt sends the same bytes and
 * the same {@code Refugio-Webhook-Id}), its state and when it is next due. A sender claims it for a short lease
 * (claim token and {@code claimed_until}) so that two instances never send it at the same time.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

    @Id
    private UUID id;
    @Column(name = "subscription_id")
    private UUID subscriptionId;
    @Column(name = "event_type")
    private String eventType;
    @Column(name = "referral_id")
    private UUID referralId;
    @Column(name = "referral_status")
    private String referralStatus;
    private String payload;
    @Enumerated(EnumType.STRING)
    private DeliveryStatus status;
    private int attempts;
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;
    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;
    private UUID claim;
    @Column(name = "claimed_until")
    private Instant claimedUntil;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "delivered_at")
    private Instant deliveredAt;
    @Version
    private long version;

    protected WebhookDelivery() {
    }

    static WebhookDelivery queue(UUID id, UUID subscriptionId, String eventType, UUID referralId,
                                 String referralStatus, String payload, Instant now) {
        WebhookDelivery d = new WebhookDelivery();
        d.id = id;
        d.subscriptionId = subscriptionId;
        d.eventType = eventType;
        d.referralId = referralId;
        d.referralStatus = referralStatus;
        d.payload = payload;
        d.status = DeliveryStatus.PENDING;
        d.attempts = 0;
        d.nextAttemptAt = now;
        d.createdAt = now;
        return d;
    }

    /** Whether the outcome of an attempt made under {@code claimToken} still decides this delivery's state. */
    boolean claimedWith(UUID claimToken) {
        return status == DeliveryStatus.PENDING && claimToken.equals(claim);
    }

    /** The receiver answered 2xx to the attempt made at {@code attemptedAt}. */
    void delivered(Instant attemptedAt, Instant at) {
        attempts++;
        lastAttemptAt = attemptedAt;
        status = DeliveryStatus.DELIVERED;
        deliveredAt = at;
        nextAttemptAt = null;
        release();
    }

    /** The attempt made at {@code attemptedAt} failed: due again after the schedule's delay, or FAILED. */
    void attemptFailed(Instant attemptedAt, Instant at, RetrySchedule schedule) {
        attempts++;
        lastAttemptAt = attemptedAt;
        Optional<Duration> delay = schedule.delayAfter(attempts);
        if (delay.isPresent()) {
            nextAttemptAt = at.plus(delay.get());
        } else {
            status = DeliveryStatus.FAILED;
            nextAttemptAt = null;
        }
        release();
    }

    /** Queued again, due now, with a fresh series of attempts (the log of earlier attempts stays). */
    void replay(Instant now) {
        status = DeliveryStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
        deliveredAt = null;
        release();
    }

    /** Its destination was deleted, or the person withdrew consent to the referral: nothing more is sent. */
    void cancel() {
        if (status == DeliveryStatus.PENDING) {
            status = DeliveryStatus.CANCELLED;
            nextAttemptAt = null;
            release();
        }
    }

    private void release() {
        claim = null;
        claimedUntil = null;
    }

    public UUID id() {
        return id;
    }

    public UUID subscriptionId() {
        return subscriptionId;
    }

    public String eventType() {
        return eventType;
    }

    public UUID referralId() {
        return referralId;
    }

    public String referralStatus() {
        return referralStatus;
    }

    public String payload() {
        return payload;
    }

    public DeliveryStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant lastAttemptAt() {
        return lastAttemptAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }
}
