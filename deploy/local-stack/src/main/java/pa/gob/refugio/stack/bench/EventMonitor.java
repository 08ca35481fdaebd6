package pa.gob.refugio.stack.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import pa.gob.refugio.events.EventCatalog;
import pa.gob.refugio.events.Topics;

/**
 * An independent reader of every topic (no consumer group: it assigns every partition itself and starts at the end),
 * recording per case each event's name, its {@code ce_time} (when the producing service committed it) and when it
 * arrived here; it hands each event to the driver.
 */
final class EventMonitor implements AutoCloseable {

    /** One event as read: identifiers only (which member, document, interview, decision). */
    record Seen(UUID caseId, String name, Instant occurredAt, Instant arrivedAt, String eventId, String memberId,
                String documentId, String interviewId, String decisionId, String reconsiderationId) {
    }

    private final KafkaConsumer<String, String> consumer;
    private final Map<UUID, List<Seen>> byCase = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> byName = new ConcurrentHashMap<>();
    private final AtomicLong total = new AtomicLong();
    private final AtomicLong lastArrivalNanos = new AtomicLong(System.nanoTime());
    private final Thread thread;
    private volatile Consumer<Seen> listener = e -> { };
    private volatile boolean running = true;

    EventMonitor(String bootstrapServers) {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrapServers);
        p.put("enable.auto.commit", "false");
        p.put("max.poll.records", "2000");
        p.put("client.id", "refugio-bench-monitor");
        consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : Topics.ALL) {
            consumer.partitionsFor(topic, Duration.ofSeconds(30))
                    .forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(tp -> consumer.position(tp, Duration.ofSeconds(30))); // resolve "end" now, not later
        thread = new Thread(this::run, "bench-monitor");
        thread.setDaemon(true);
    }

    void start(Consumer<Seen> listener) {
        this.listener = listener;
        thread.start();
    }

    private void run() {
        try {
            while (running) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    Seen seen = read(r);
                    if (seen != null) {
                        byCase.computeIfAbsent(seen.caseId(), k -> java.util.Collections.synchronizedList(
                                new ArrayList<>())).add(seen);
                        byName.computeIfAbsent(seen.name(), k -> new AtomicLong()).incrementAndGet();
                        total.incrementAndGet();
                        lastArrivalNanos.set(System.nanoTime());
                        try {
                            listener.accept(seen);
                        } catch (RuntimeException e) {
                            System.out.println("[bench] driver failed on " + seen.name() + ": " + e);
                        }
                    }
                }
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private static Seen read(ConsumerRecord<String, String> r) {
        UUID caseId;
        try {
            caseId = UUID.fromString(r.key());
        } catch (RuntimeException e) {
            return null;
        }
        String type = header(r, "ce_type");
        String time = header(r, "ce_time");
        if (type == null || time == null) {
            return null;
        }
        JsonNode data;
        try {
            data = Api.JSON.readTree(r.value());
        } catch (Exception e) {
            data = Api.JSON.createObjectNode();
        }
        return new Seen(caseId, name(type), Instant.parse(time), Instant.now(), header(r, "ce_id"),
                text(data, "memberId"), text(data, "documentId"), text(data, "interviewId"), text(data, "decisionId"),
                text(data, "reconsiderationId"));
    }

    /** {@code pa.gob.refugio.ReconsiderationWindowOpened.v2} → {@code ReconsiderationWindowOpened}. */
    static String name(String cloudEventType) {
        String t = cloudEventType.startsWith(EventCatalog.CLOUD_EVENT_TYPE_PREFIX)
                ? cloudEventType.substring(EventCatalog.CLOUD_EVENT_TYPE_PREFIX.length()) : cloudEventType;
        int v = t.lastIndexOf(".v");
        return v > 0 ? t.substring(0, v) : t;
    }

    private static String text(JsonNode data, String field) {
        JsonNode n = data.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    private static String header(ConsumerRecord<?, ?> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    List<Seen> of(UUID caseId) {
        List<Seen> seen = byCase.get(caseId);
        if (seen == null) {
            return List.of();
        }
        synchronized (seen) {
            return List.copyOf(seen);
        }
    }

    Map<UUID, List<Seen>> all() {
        return byCase;
    }

    Map<String, AtomicLong> countsByName() {
        return byName;
    }

    long total() {
        return total.get();
    }

    /** Waits until no event arrived for {@code quiet} (or {@code max} passed). */
    void awaitQuiet(Duration quiet, Duration max) throws InterruptedException {
        long until = System.nanoTime() + max.toNanos();
        while (System.nanoTime() < until && System.nanoTime() - lastArrivalNanos.get() < quiet.toNanos()) {
            Thread.sleep(200);
        }
    }

    @Override
    public void close() {
        running = false;
        if (thread.getState() == Thread.State.NEW) {
            consumer.close(Duration.ofSeconds(5));
            return;
        }
        consumer.wakeup();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
