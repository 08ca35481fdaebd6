package pa.gob.refugio.kit.metrics;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Refreshes every {@link RefreshedGauges} bean at start and then every {@code refugio.metrics.refresh-every} (30 s by
 * default; {@code off} turns the schedule off). A scrape of {@code /q/metrics} never runs a query: it reads the values
 * of the last refresh. A refresh that fails (the database away) keeps the last values and is logged once per outage.
 */
@ApplicationScoped
public class GaugeRefresher {

    private static final Logger LOG = Logger.getLogger(GaugeRefresher.class);

    private final Instance<RefreshedGauges> gauges;
    private final Set<String> failing = ConcurrentHashMap.newKeySet();

    public GaugeRefresher(@Any Instance<RefreshedGauges> gauges) {
        this.gauges = gauges;
    }

    void atStart(@Observes StartupEvent ignored) {
        refreshAll();
    }

    @Scheduled(identity = "refugio-metrics-gauges", every = "${refugio.metrics.refresh-every:30s}",
            delayed = "${refugio.metrics.refresh-every:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        refreshAll();
    }

    /** Refreshes every gauge now (also for tests). Never throws. */
    public void refreshAll() {
        for (RefreshedGauges g : gauges) {
            String name = g.getClass().getName();
            try {
                g.refresh();
                if (failing.remove(name)) {
                    LOG.infof("Gauges %s refreshed again", name);
                }
            } catch (RuntimeException e) {
                if (failing.add(name)) {
                    LOG.warnf("Gauges %s could not be refreshed (keeping the last values): %s", name, e.toString());
                }
            }
        }
    }
}
