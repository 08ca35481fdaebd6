package pa.gob.refugio.kit.deadletter;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * {@code refugio_dead_letters_open}: dead letters of this service neither replayed nor discarded. A COUNT refreshed
 * every 30 s and after each change, never per scrape.
 */
@ApplicationScoped
public class DeadLetterGauge {

    private static final Logger LOG = Logger.getLogger(DeadLetterGauge.class);

    private final AtomicLong open = new AtomicLong();
    private final DeadLetters deadLetters;

    public DeadLetterGauge(DeadLetters deadLetters, MeterRegistry registry) {
        this.deadLetters = deadLetters;
        Gauge.builder("refugio.dead.letters.open", open, AtomicLong::get)
                .description("Dead letters of this service neither replayed nor discarded")
                .register(registry);
    }

    void onStart(@Observes StartupEvent event) {
        refresh();
    }

    @Scheduled(every = "30s", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void everyThirtySeconds() {
        refresh();
    }

    /** Counts again (after a change); a database failure leaves the last value. */
    public void refresh() {
        try {
            open.set(deadLetters.countOpen());
        } catch (RuntimeException e) {
            LOG.debugf("refugio_dead_letters_open not refreshed: %s", e.toString());
        }
    }
}
