package pa.gob.refugio.registration.progress;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Fills the read model for cases that have no row in it: the cases registered before it existed (their timeline is
 * all there, so the same rules rebuild their stages), and, as a safety net, any case whose events were consumed while
 * a refresh failed. Runs shortly after start and then every {@code refugio.progress.backfill-every}, one case per
 * transaction, {@code batch} cases per query, until none is missing.
 */
@ApplicationScoped
public class ProgressBackfill {

    private static final Logger LOG = Logger.getLogger(ProgressBackfill.class);
    private static final int BATCH = 200;

    private final EntityManager em;
    private final ProgressReadModel progress;

    public ProgressBackfill(EntityManager em, ProgressReadModel progress) {
        this.em = em;
        this.progress = progress;
    }

    @Scheduled(identity = "progress-backfill", delayed = "${refugio.progress.backfill-delay:5s}",
            every = "${refugio.progress.backfill-every:10m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        int done = fill();
        if (done > 0) {
            LOG.infof("progress read model: %d case(s) filled from their timeline", done);
        }
    }

    /** Fills every case missing from the read model; returns how many were filled. */
    public int fill() {
        int done = 0;
        List<UUID> missing;
        int filledNow;
        do {
            missing = QuarkusTransaction.requiringNew().call(this::missing);
            filledNow = 0;
            for (UUID caseId : missing) {
                try {
                    QuarkusTransaction.requiringNew().run(() -> progress.refresh(caseId));
                    filledNow++;
                } catch (RuntimeException e) { // e.g. the consumer refreshed it at the same moment: next run
                    LOG.debugf(e, "progress of case %s not filled now", caseId);
                }
            }
            done += filledNow;
        } while (missing.size() == BATCH && filledNow == BATCH);
        return done;
    }

    @SuppressWarnings("unchecked")
    private List<UUID> missing() {
        return em.createNativeQuery("select a.id from application a where exists (select 1 from member m"
                        + " where m.application_id = a.id and not exists (select 1 from member_progress p"
                        + " where p.member_id = m.id)) order by a.registered_at limit " + BATCH)
                .getResultList();
    }
}
