package pa.gob.refugio.kit.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import pa.gob.refugio.kit.outbox.OutboxStore;

/**
 * {@code refugio_outbox_pending}: outbox rows committed but not yet acknowledged by Kafka; {@code
 * refugio_outbox_oldest_age_seconds}: how old the oldest of them was at the last refresh (0 when none). One cheap
 * query ({@code count(*), min(created_at)} over the partial index of unpublished rows) per refresh.
 */
@ApplicationScoped
public class OutboxGauges implements RefreshedGauges {

    private final OutboxStore store;
    private final Clock clock;
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong oldestAgeSeconds = new AtomicLong();

    public OutboxGauges(OutboxStore store, Clock clock, MeterRegistry registry) {
        this.store = store;
        this.clock = clock;
        Gauge.builder("refugio.outbox.pending", pending, AtomicLong::get)
                .description("Outbox rows not yet relayed to Kafka").register(registry);
        Gauge.builder("refugio.outbox.oldest.age.seconds", oldestAgeSeconds, AtomicLong::get)
                .description("Age in seconds of the oldest outbox row not yet relayed (0 when none)")
                .register(registry);
    }

    @Override
    public void refresh() {
        OutboxStore.OutboxBacklog backlog = store.backlog();
        pending.set(backlog.pending());
        oldestAgeSeconds.set(backlog.oldestCreatedAt() == null ? 0
                : Math.max(0, Duration.between(backlog.oldestCreatedAt(), clock.instant()).toSeconds()));
    }
}
