package pa.gob.refugio.registration.partner.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import pa.gob.refugio.registration.partner.referral.ReferralConsentWithdrawn;
import pa.gob.refugio.registration.partner.referral.ReferralStatusChanged;

/**
 * Queues one pending delivery per active subscription of the referral's partner, synchronously and in the
 * transaction that changed the referral: the notification commits with the change or not at all (the outbox
 * discipline). It then fires {@link DeliveriesQueued}, which the sender observes AFTER the commit to send at once.
 */
@ApplicationScoped
public class WebhookQueue {

    private final WebhookSubscriptionRepository subscriptions;
    private final WebhookDeliveryRepository deliveries;
    private final ObjectMapper json;
    private final Clock clock;
    private final Event<DeliveriesQueued> queued;

    public WebhookQueue(WebhookSubscriptionRepository subscriptions, WebhookDeliveryRepository deliveries,
                        ObjectMapper json, Clock clock, Event<DeliveriesQueued> queued) {
        this.queued = queued;
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void onReferralStatusChanged(@Observes ReferralStatusChanged change) {
        Instant now = Instant.now(clock);
        List<WebhookSubscription> destinations = subscriptions.activeOf(change.partner());
        for (WebhookSubscription subscription : destinations) {
            UUID deliveryId = UUID.randomUUID();
            String payload = write(new WebhookPayload(deliveryId, WebhookPayload.REFERRAL_STATUS_CHANGED,
                    change.referralId(), change.status(), change.occurredAt()));
            deliveries.persist(WebhookDelivery.queue(deliveryId, subscription.id(),
                    WebhookPayload.REFERRAL_STATUS_CHANGED, change.referralId(), change.status(), payload, now));
        }
        if (!destinations.isEmpty()) {
            queued.fire(new DeliveriesQueued());
        }
    }

    /** Consent withdrawn: every queued or retrying notification about the referral is cancelled, in its transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    void onConsentWithdrawn(@Observes ReferralConsentWithdrawn withdrawal) {
        deliveries.pendingAbout(withdrawal.referralId()).forEach(WebhookDelivery::cancel);
    }

    private String write(WebhookPayload payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write webhook payload", e);
        }
    }
}
