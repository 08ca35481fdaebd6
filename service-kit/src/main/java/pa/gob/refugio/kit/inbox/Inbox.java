package pa.gob.refugio.kit.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import pa.gob.refugio.events.DomainEvent;

/** The events a consumer of this service has already processed, written in the same transaction as the effect. */
@ApplicationScoped
public class Inbox {

    private final EntityManager em;

    public Inbox(EntityManager em) {
        this.em = em;
    }

    /** Records the event as processed by {@code consumer}; false if it already was (a redelivery). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, DomainEvent event) {
        return em.createNativeQuery("insert into inbox_event (consumer, event_id, event_type, case_id) "
                        + "values (?1, ?2, ?3, ?4) on conflict do nothing")
                .setParameter(1, consumer)
                .setParameter(2, event.eventId())
                .setParameter(3, event.metadata().type())
                .setParameter(4, event.caseId())
                .executeUpdate() == 1;
    }
}
