package pa.gob.refugio.registration.partner.webhook;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class WebhookDeliveryRepository implements PanacheRepositoryBase<WebhookDelivery, UUID> {

    /** The newest deliveries to one destination. */
    public List<WebhookDelivery> latestOf(UUID subscriptionId, int limit) {
        return find("subscriptionId = ?1 order by createdAt desc, id", subscriptionId).page(Page.ofSize(limit)).list();
    }

    /** The queued and retrying deliveries about one referral, to every destination, locked. */
    public List<WebhookDelivery> pendingAbout(UUID referralId) {
        return find("referralId = ?1 and status = ?2", referralId, DeliveryStatus.PENDING)
                .withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).list();
    }

    public List<WebhookDelivery> pendingOf(UUID subscriptionId) {
        return list("subscriptionId = ?1 and status = ?2", subscriptionId, DeliveryStatus.PENDING);
    }
}
