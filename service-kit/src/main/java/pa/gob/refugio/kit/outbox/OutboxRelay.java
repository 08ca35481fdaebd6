package pa.gob.refugio.kit.outbox;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import pa.gob.refugio.kit.outbox.OutboxStore.PendingEvent;

/**
 * Publishes committed outbox rows to Kafka and marks each published only once the broker has acknowledged it
 * ({@code acks=all}, idempotent producer). Woken right after every commit that wrote an event, and polling as a
 * backstop (rows left by a crash, a broker outage, another instance). With two instances, a PostgreSQL advisory lock
 * lets one relay at a time; the other finds nothing to do. Delivery is at least once: consumers deduplicate.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final OutboxStore store;
    private final OutboxProducer producer;
    /** refugio_events_published_total (part "metrics") */
    @jakarta.inject.Inject
    pa.gob.refugio.kit.metrics.EventCounters counters;
    private final boolean enabled;
    private final long pollMillis;
    private final int batchSize;
    private final Semaphore wakeUps = new Semaphore(0);
    @Inject
    OutboxTracing tracing;
    private volatile boolean running;
    private Thread thread;

    public OutboxRelay(OutboxStore store, OutboxProducer producer,
                       @ConfigProperty(name = "refugio.outbox.relay.enabled", defaultValue = "true") boolean enabled,
                       @ConfigProperty(name = "refugio.outbox.relay.poll-millis", defaultValue = "1000") long pollMillis,
                       @ConfigProperty(name = "refugio.outbox.relay.batch-size", defaultValue = "200") int batchSize) {
        this.store = store;
        this.producer = producer;
        this.enabled = enabled;
        this.pollMillis = pollMillis;
        this.batchSize = batchSize;
    }

    void start(@Observes StartupEvent ignored) {
        if (!enabled) {
            LOG.info("Outbox relay disabled");
            return;
        }
        running = true;
        thread = new Thread(this::loop, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent ignored) {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Asks the relay to look at the outbox now (called after a commit that wrote events). */
    public void wake() {
        wakeUps.release();
    }

    private void loop() {
        long backoff = pollMillis;
        while (running) {
            try {
                wakeUps.tryAcquire(backoff, TimeUnit.MILLISECONDS);
                wakeUps.drainPermits();
                drain();
                backoff = pollMillis;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                backoff = Math.min(Math.max(backoff * 2, 500), 10_000);
                LOG.warnf("Outbox relay could not publish (%s); retrying in %d ms", rootMessage(e), backoff);
            }
        }
    }

    /** Publishes everything pending; returns how many events went out. */
    public int drain() {
        int total = 0;
        while (true) {
            int published = store.withPendingBatch(batchSize, producer.deliveryTimeoutSeconds() + 30, this::send);
            if (published <= 0) {
                return total;
            }
            total += published;
            if (published < batchSize) {
                // A short batch was everything pending when it was read (or Kafka refused the rest, retried on the
                // next round): no second transaction to find nothing. Events committed meanwhile woke the relay.
                return total;
            }
        }
    }

    private List<UUID> send(List<PendingEvent> batch) {
        List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
        for (PendingEvent event : batch) {
            acks.add(producer.send(toRecord(event)));
        }
        List<UUID> published = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            try {
                acks.get(i).get(producer.deliveryTimeoutSeconds() + 5L, TimeUnit.SECONDS);
                published.add(batch.get(i).id());
                counters.published(batch.get(i).type());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (Exception e) {
                // Keep what was acknowledged before this one; the rest stays pending, in order, for the next round.
                List<UUID> failed = batch.subList(i, batch.size()).stream().map(PendingEvent::id).toList();
                store.recordFailure(failed.subList(0, 1), rootMessage(e));
                if (published.isEmpty()) {
                    throw new IllegalStateException("Kafka did not acknowledge event " + batch.get(i).id(), e);
                }
                break;
            }
        }
        return published;
    }

    private ProducerRecord<String, String> toRecord(PendingEvent event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(event.topic(), event.key(), event.payload());
        CloudEventHeaders.write(record.headers(), event, producer.source());
        tracing.propagate(event, record);
        return record;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
