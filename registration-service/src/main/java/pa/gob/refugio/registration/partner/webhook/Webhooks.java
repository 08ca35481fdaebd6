package pa.gob.refugio.registration.partner.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.kit.problem.Texts;
import pa.gob.refugio.registration.partner.referral.ReferralRepository;

/**
 * A partner's webhook subscriptions and their delivery log. Every use case is scoped to the calling partner: another
 * partner's subscription or delivery is answered exactly like an unknown id (404).
 */
@ApplicationScoped
public class Webhooks {

    static final int MAX_PAGE = 200;

    private final WebhookSubscriptionRepository subscriptions;
    private final WebhookDeliveryRepository deliveries;
    private final WebhookAttemptRepository attempts;
    private final WebhookSettings settings;
    private final ReferralRepository referrals;
    private final Event<DeliveriesQueued> queued;
    private final Clock clock;

    public Webhooks(WebhookSubscriptionRepository subscriptions, WebhookDeliveryRepository deliveries,
                    WebhookAttemptRepository attempts, WebhookSettings settings, ReferralRepository referrals,
                    Event<DeliveriesQueued> queued, Clock clock) {
        this.referrals = referrals;
        this.queued = queued;
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.attempts = attempts;
        this.settings = settings;
        this.clock = clock;
    }

    /** A new destination for the partner's notifications; 422 if the URL is not allowed or the partner has too many. */
    @Transactional
    public SubscriptionCreated subscribe(String partner, String user, SubscribeRequest request) {
        settings.targetUrlPolicy().refusal(request.url()).ifPresent(reason -> {
            throw ProblemException.ruleViolated("webhook-url-not-allowed",
                            Texts.of("URL de webhook no permitida", "Webhook URL not allowed"),
                            Texts.of("La URL del webhook no se puede usar: " + reason,
                                    "The webhook URL cannot be used: " + reason))
                    .with("host", TargetUrlPolicy.hostOf(request.url())).with("reason", reason);
        });
        if (subscriptions.countActiveOf(partner) >= settings.maxSubscriptionsPerPartner()) {
            throw ProblemException.ruleViolated("too-many-webhooks",
                            Texts.of("Demasiados webhooks", "Too many webhooks"),
                            Texts.of(partner + " ya tiene " + settings.maxSubscriptionsPerPartner()
                                            + " suscripciones de webhook; elimine una primero",
                                    partner + " already has " + settings.maxSubscriptionsPerPartner()
                                            + " webhook subscriptions; delete one first"))
                    .with("max", settings.maxSubscriptionsPerPartner());
        }
        WebhookSubscription subscription = WebhookSubscription.create(partner, request.url(), request.description(),
                user, Instant.now(clock));
        subscriptions.persist(subscription);
        return SubscriptionCreated.of(subscription);
    }

    @Transactional
    public List<SubscriptionView> list(String partner) {
        return subscriptions.activeOf(partner).stream().map(SubscriptionView::of).toList();
    }

    @Transactional
    public SubscriptionView get(String partner, UUID id) {
        return SubscriptionView.of(own(partner, id));
    }

    /** Deletes the destination; its pending deliveries are cancelled. */
    @Transactional
    public void delete(String partner, UUID id) {
        WebhookSubscription subscription = own(partner, id);
        subscription.delete(Instant.now(clock));
        deliveries.pendingOf(id).forEach(WebhookDelivery::cancel);
    }

    /** The newest deliveries to one of the partner's destinations, each with its attempts. */
    @Transactional
    public List<DeliveryView> deliveries(String partner, UUID id, int limit) {
        own(partner, id);
        List<WebhookDelivery> latest = deliveries.latestOf(id, Math.max(1, Math.min(limit, MAX_PAGE)));
        Map<UUID, List<WebhookAttempt>> log = attempts.byDelivery(latest.stream().map(WebhookDelivery::id).toList());
        return latest.stream().map(d -> DeliveryView.of(d, log.getOrDefault(d.id(), List.of()))).toList();
    }

    /**
     * Queues a delivery again, due now, with a fresh series of attempts; refused (409 {@code illegal-transition},
     * {@code reason: consent-withdrawn}) once the person withdrew consent to the referral it is about.
     */
    @Transactional
    public DeliveryView replay(String partner, UUID id, UUID deliveryId) {
        own(partner, id);
        WebhookDelivery delivery = deliveries.findByIdOptional(deliveryId, LockModeType.PESSIMISTIC_WRITE)
                .filter(d -> d.subscriptionId().equals(id))
                .orElseThrow(() -> ProblemException.notFound("Webhook delivery", deliveryId));
        if (referrals.consentWithdrawn(delivery.referralId())) {
            throw ProblemException.illegalTransition("Webhook delivery", delivery.status() + " (consent withdrawn)",
                            "replayed")
                    .with("reason", "consent-withdrawn")
                    .with("hint", "the person withdrew consent to the referral: nothing about it is sent any more");
        }
        delivery.replay(Instant.now(clock));
        queued.fire(new DeliveriesQueued());
        return DeliveryView.of(delivery, attempts.byDelivery(List.of(deliveryId)).getOrDefault(deliveryId, List.of()));
    }

    private WebhookSubscription own(String partner, UUID id) {
        return subscriptions.activeOf(partner, id)
                .orElseThrow(() -> ProblemException.notFound("Webhook subscription", id));
    }
}
