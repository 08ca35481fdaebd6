package pa.gob.refugio.kit.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.kit.sql.TransactionSql;

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
        // Plain JDBC on the transaction's connection: no flush, no bulk-operation cleanup (see TransactionSql)
        return TransactionSql.update(em, "insert into inbox_event (consumer, event_id, event_type, case_id) "
                + "values (?, ?, ?, ?) on conflict do nothing", consumer, event.eventId(), event.metadata().type(),
                event.caseId()) == 1;
    }
}
