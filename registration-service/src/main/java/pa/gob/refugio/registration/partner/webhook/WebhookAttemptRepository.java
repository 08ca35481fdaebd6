package pa.gob.refugio.registration.partner.webhook;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class WebhookAttemptRepository implements PanacheRepositoryBase<WebhookAttempt, UUID> {

    /** The attempts of each delivery named, in the order they were made. */
    public Map<UUID, List<WebhookAttempt>> byDelivery(Collection<UUID> deliveryIds) {
        if (deliveryIds.isEmpty()) {
            return Map.of();
        }
        return list("deliveryId in ?1 order by attemptedAt, id", deliveryIds).stream()
                .collect(Collectors.groupingBy(WebhookAttempt::deliveryId));
    }
}
