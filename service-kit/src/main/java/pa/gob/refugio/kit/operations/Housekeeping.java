package pa.gob.refugio.kit.operations;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Deletes published outbox rows and old inbox rows. Inbox rows are kept well beyond Kafka's retention, so that any
 * redelivery still finds the event it already processed.
 */
@ApplicationScoped
public class Housekeeping {

    private static final Logger LOG = Logger.getLogger(Housekeeping.class);

    private final EntityManager em;
    private final int outboxRetentionDays;
    private final int inboxRetentionDays;

    public Housekeeping(EntityManager em,
                        @ConfigProperty(name = "refugio.outbox.retention-days", defaultValue = "7") int outboxRetentionDays,
                        @ConfigProperty(name = "refugio.inbox.retention-days", defaultValue = "60") int inboxRetentionDays) {
        this.em = em;
        this.outboxRetentionDays = outboxRetentionDays;
        this.inboxRetentionDays = inboxRetentionDays;
    }

    @Scheduled(every = "${refugio.housekeeping.every:1h}", delayed = "5m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void clean() {
        int outbox = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "delete from outbox_event where published_at < now() - make_interval(days => ?1)")
                .setParameter(1, outboxRetentionDays).executeUpdate());
        int inbox = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "delete from inbox_event where processed_at < now() - make_interval(days => ?1)")
                .setParameter(1, inboxRetentionDays).executeUpdate());
        if (outbox + inbox > 0) {
            LOG.infof("Housekeeping removed %d published outbox rows and %d inbox rows", outbox, inbox);
        }
    }
}
