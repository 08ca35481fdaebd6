package pa.gob.refugio.kit.operations;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import pa.gob.refugio.kit.idempotency.IdempotencyStore;

/**
 * Deletes published outbox rows, old inbox rows and expired Idempotency-Key records (the audit trail is never
 * deleted). Inbox rows are kept well beyond Kafka's retention, so that any
 * redelivery still finds the event it already processed.
 */
@ApplicationScoped
public class Housekeeping {

    private static final Logger LOG = Logger.getLogger(Housekeeping.class);

    private final EntityManager em;
    private final int outboxRetentionDays;
    private final int inboxRetentionDays;
    private final IdempotencyStore idempotency;

    public Housekeeping(EntityManager em, IdempotencyStore idempotency,
                        @ConfigProperty(name = "refugio.outbox.retention-days", defaultValue = "7") int outboxRetentionDays,
                        @ConfigProperty(name = "refugio.inbox.retention-days", defaultValue = "60") int inboxRetentionDays) {
        this.em = em;
        this.outboxRetentionDays = outboxRetentionDays;
        this.inboxRetentionDays = inboxRetentionDays;
        this.idempotency = idempotency;
    }

    @Scheduled(every = "${refugio.housekeeping.every:1h}", delayed = "5m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    /** Package-visible for tests. */
    void clean() {
        int outbox = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "delete from outbox_event where published_at < now() - make_interval(days => ?1)")
                .setParameter(1, outboxRetentionDays).executeUpdate());
        int inbox = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "delete from inbox_event where processed_at < now() - make_interval(days => ?1)")
                .setParameter(1, inboxRetentionDays).executeUpdate());
        int keys = idempotency.purgeExpired();
        if (outbox + inbox + keys > 0) {
            LOG.infof("Housekeeping removed %d published outbox rows, %d inbox rows and %d expired idempotency keys",
                    outbox, inbox, keys);
        }
    }
}
