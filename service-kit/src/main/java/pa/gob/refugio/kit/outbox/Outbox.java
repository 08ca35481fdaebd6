package pa.gob.refugio.kit.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.util.Optional;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventCatalog;
import pa.gob.refugio.events.EventJson;
import pa.gob.refugio.events.EventType;
import pa.gob.refugio.kit.sql.TransactionSql;
import pa.gob.refugio.kit.trace.TraceContexts;
import pa.gob.refugio.kit.trace.TraceContexts.W3cTraceContext;

/**
 * Records an event in the service's outbox table, inside the caller's transaction: the state change and its event
 * commit together or not at all. After the commit the relay is woken up and publishes it to Kafka. The W3C trace
 * context of the current span (the HTTP request, or the consumed record) is stored with the row, so the record the
 * relay publishes later continues that trace.
 */
@ApplicationScoped
public class Outbox {

    private static final Object WAKE_KEY = new Object();
    private static final String INSERT = "insert into outbox_event (id, topic, event_key, event_type, payload, "
            + "occurred_at, correlation_id, causation_id, traceparent, tracestate) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final EntityManager em;
    private final TransactionSynchronizationRegistry registry;
    private final OutboxRelay relay;

    public Outbox(EntityManager em, TransactionSynchronizationRegistry registry, OutboxRelay relay) {
        this.em = em;
        this.registry = registry;
        this.relay = relay;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(DomainEvent event) {
        EventType type = EventCatalog.typeOf(event.getClass());
        // the request's or consumed record's trace travels with the row: the relay publishes after the commit
        Optional<W3cTraceContext> trace = TraceContexts.current();
        // Plain JDBC on the transaction's connection: no flush of the persistence context, no bulk-operation cleanup
        // (the outbox is no entity); see TransactionSql.
        TransactionSql.update(em, INSERT,
                event.eventId(),
                type.topic(),
                event.caseId().toString(),
                EventCatalog.cloudEventType(event.getClass()),
                EventJson.write(event),
                Timestamp.from(event.metadata().occurredAt()),
                event.metadata().correlationId(),
                event.metadata().causationId(),
                trace.map(W3cTraceContext::traceparent).orElse(null),
                trace.map(W3cTraceContext::tracestate).orElse(null));
        wakeRelayAfterCommit();
    }

    private void wakeRelayAfterCommit() {
        if (registry.getResource(WAKE_KEY) != null) {
            return;
        }
        registry.putResource(WAKE_KEY, Boolean.TRUE);
        registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wake();
                }
            }
        });
    }
}
