package pa.gob.refugio.kit.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** Reads and marks outbox rows; every method runs in its own short transaction. */
@ApplicationScoped
public class OutboxStore {

    /** Any constant: one relay per service database holds it at a time. */
    private static final long RELAY_LOCK = 0x52454655474F4F42L;

    private final EntityManager em;

    public OutboxStore(EntityManager em) {
        this.em = em;
    }

    /**
     * Runs {@code relay} on the oldest pending rows while holding the service's relay lock, so that two instances
     * never publish the same rows at once and a case's events leave in order. Returns how many were published, or
     * -1 if another instance holds the lock.
     */
    public int withPendingBatch(int limit, int timeoutSeconds, Function<List<PendingEvent>, List<UUID>> relay) {
        return QuarkusTransaction.requiringNew().timeout(timeoutSeconds).call(() -> {
            Boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                    .setParameter(1, RELAY_LOCK).getSingleResult();
            if (!Boolean.TRUE.equals(locked)) {
                return -1;
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select id, topic, event_key, event_type, payload, occurred_at, correlation_id, causation_id, "
                            + "traceparent, tracestate "
                            + "from outbox_event where published_at is null order by seq limit ?1")
                    .setParameter(1, limit).getResultList();
            List<PendingEvent> pending = new ArrayList<>(rows.size());
            for (Object[] r : rows) {
                pending.add(new PendingEvent((UUID) r[0], (String) r[1], (String) r[2], (String) r[3],
                        (String) r[4], toInstant(r[5]), (UUID) r[6], (UUID) r[7], (String) r[8], (String) r[9]));
            }
            if (pending.isEmpty()) {
                return 0;
            }
            List<UUID> published = relay.apply(pending);
            if (!published.isEmpty()) {
                em.createNativeQuery("update outbox_event set published_at = now(), attempts = attempts + 1, "
                                + "last_error = null where id = any(?1)")
                        .setParameter(1, published.toArray(new UUID[0])).executeUpdate();
            }
            return published.size();
        });
    }

    /** Records a failed attempt on the oldest pending rows (for operators), in its own transaction. */
    public void recordFailure(List<UUID> ids, String error) {
        if (ids.isEmpty()) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "update outbox_event set attempts = attempts + 1, last_error = ?2 where id = any(?1)")
                .setParameter(1, ids.toArray(new UUID[0]))
                .setParameter(2, error.length() > 1000 ? error.substring(0, 1000) : error)
                .executeUpdate());
    }

    /** Pending count and the age of the oldest pending event, for health and operations. */
    public OutboxBacklog backlog() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object[] r = (Object[]) em.createNativeQuery(
                            "select count(*), min(created_at) from outbox_event where published_at is null")
                    .getSingleResult();
            return new OutboxBacklog(((Number) r[0]).longValue(), r[1] == null ? null : toInstant(r[1]));
        });
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
    }

    public record PendingEvent(UUID id, String topic, String key, String type, String payload, Instant occurredAt,
                               UUID correlationId, UUID causationId, String traceparent, String tracestate) {
    }

    public record OutboxBacklog(long pending, Instant oldestCreatedAt) {
    }
}
