package pa.gob.refugio.registration.partner.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import pa.gob.refugio.registration.partner.referral.ReferralStatusChanged;

/**
 * Queues one pending delivery per active subscription of the referral's partner, synchronously and in the
 * transaction that changed the referral: the notification commits with the change or not at all.
 */
@ApplicationScoped
public class WebhookQueue {

    private final WebhookSubscriptionRepository subscriptions;
    private final WebhookDeliveryRepository deliveries;
    private final ObjectMapper json;
    private final Clock clock;

    public WebhookQueue(WebhookSubscriptionRepository subscriptions, WebhookDeliveryRepository deliveries,
                        ObjectMapper json, Clock clock) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void onReferralStatusChanged(@Observes ReferralStatusChanged change) {
        Instant now = Instant.now(clock);
        for (WebhookSubscription subscription : subscriptions.activeOf(change.partner())) {
            UUID deliveryId = UUID.randomUUID();
            String payload = write(new WebhookPayload(deliveryId, WebhookPayload.REFERRAL_STATUS_CHANGED,
                    change.referralId(), change.status(), change.occurredAt()));
            deliveries.persist(WebhookDelivery.queue(deliveryId, subscription.id(),
                    WebhookPayload.REFERRAL_STATUS_CHANGED, change.referralId(), change.status(), payload, now));
        }
    }

    private String write(WebhookPayload payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write webhook payload", e);
        }
    }
}
