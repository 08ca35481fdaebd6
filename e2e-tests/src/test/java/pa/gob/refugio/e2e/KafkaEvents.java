package pa.gob.refugio.e2e;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventCatalog;
import pa.gob.refugio.events.EventJson;
import pa.gob.refugio.events.Topics;

/** Every event on every topic, read with a plain consumer, as the services really published them. */
final class KafkaEvents implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

    KafkaEvents(String bootstrapServers) {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrapServers);
        p.put("group.id", "e2e-" + UUID.randomUUID());
        p.put("auto.offset.reset", "earliest");
        p.put("enable.auto.commit", "false");
        consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(Topics.ALL);
    }

    /** Waits until exactly-at-least {@code count} events of the type exist for the case, and returns them all. */
    <E extends DomainEvent> List<E> await(Class<E> type, UUID caseId, int count, Duration timeout) {
        long until = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<E> found = all(type, caseId);
            if (found.size() >= count) {
                return found;
            }
            if (System.nanoTime() > until) {
                throw new AssertionError("Expected " + count + " " + type.getSimpleName() + " for case " + caseId
                        + " but saw " + found.size() + "; types seen for the case: " + typesFor(caseId));
            }
            poll();
        }
    }

    <E extends DomainEvent> List<E> await(Class<E> type, UUID caseId, int count) {
        return await(type, caseId, count, Duration.ofSeconds(90));
    }

    /** What has been read so far of that type for the case (after one more short poll). */
    <E extends DomainEvent> List<E> all(Class<E> type, UUID caseId) {
        poll();
        String ceType = EventCatalog.cloudEventType(type);
        List<E> found = new ArrayList<>();
        for (ConsumerRecord<String, String> r : seen) {
            if (caseId.toString().equals(r.key()) && ceType.equals(header(r, "ce_type"))) {
                found.add(EventJson.read(r.value(), type));
            }
        }
        return found;
    }

    List<String> typesFor(UUID caseId) {
        poll();
        return seen.stream().filter(r -> caseId.toString().equals(r.key()))
                .map(r -> r.topic() + ":" + header(r, "ce_type")).toList();
    }

    private void poll() {
        consumer.poll(Duration.ofMillis(300)).forEach(seen::add);
    }

    private static String header(ConsumerRecord<?, ?> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
