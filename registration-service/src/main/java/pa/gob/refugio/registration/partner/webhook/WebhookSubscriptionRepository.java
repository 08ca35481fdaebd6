package pa.gob.refugio.registration.partner.webhook;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class WebhookSubscriptionRepository implements PanacheRepositoryBase<WebhookSubscription, UUID> {

    /** The partner's active subscriptions, oldest first. */
    public List<WebhookSubscription> activeOf(String partner) {
        return list("partner = ?1 and deletedAt is null order by createdAt, id", partner);
    }

    public long countActiveOf(String partner) {
        return count("partner = ?1 and deletedAt is null", partner);
    }

    /** An active subscription of this partner; empty for another partner's id, exactly as for an unknown one. */
    public Optional<WebhookSubscription> activeOf(String partner, UUID id) {
        return findByIdOptional(id).filter(s -> s.active() && s.ownedBy(partner));
    }
}
