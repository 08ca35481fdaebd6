package pa.gob.refugio.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventCatalog;
import pa.gob.refugio.events.EventJson;

/** Reads what really went over Kafka: a plain consumer from the beginning of the given topics. */
public final class EventLog implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

    public EventLog(String bootstrapServers, List<String> topics) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "test-event-log-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(topics);
    }

    /** An event log on the test JVM's broker. */
    public static EventLog of(String... topics) {
        return new EventLog(RealInfrastructure.kafka().bootstrapServers(), List.of(topics));
    }

    /** Waits until {@code count} events of {@code type} for {@code caseId} have been seen; returns them. */
    public <E extends DomainEvent> List<E> await(Class<E> type, UUID caseId, int count, Duration timeout) {
        return awaitMatching(type, e -> e.caseId().equals(caseId), count, timeout);
    }

    public <E extends DomainEvent> E awaitOne(Class<E> type, UUID caseId) {
        return await(type, caseId, 1, Duration.ofSeconds(30)).get(0);
    }

    public <E extends DomainEvent> List<E> awaitMatching(Class<E> type, Predicate<E> filter, int count,
                                                        Duration timeout) {
        long until = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<E> found = matching(type, filter);
            if (found.size() >= count) {
                return found;
            }
            if (System.nanoTime() > until) {
                throw new AssertionError("Expected " + count + " " + type.getSimpleName() + " but saw " + found.size()
                        + " within " + timeout + "; all types seen: " + seenTypes());
            }
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
        }
    }

    /** All events of {@code type} matching {@code filter} read so far (after a short poll). */
    public <E extends DomainEvent> List<E> matching(Class<E> type, Predicate<E> filter) {
        consumer.poll(Duration.ofMillis(100)).forEach(seen::add);
        String ceType = EventCatalog.cloudEventType(type);
        List<E> found = new ArrayList<>();
        for (ConsumerRecord<String, String> r : seen) {
            if (ceType.equals(header(r, "ce_type"))) {
                E event = EventJson.read(r.value(), type);
                if (filter.test(event)) {
                    found.add(event);
                }
            }
        }
        return found;
    }

    /** The raw records read so far, for header and key assertions. */
    public List<ConsumerRecord<String, String>> records() {
        return List.copyOf(seen);
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private List<String> seenTypes() {
        return seen.stream().map(r -> header(r, "ce_type")).distinct().toList();
    }

    @Override
    public void close() {
        consumer.close();
    }
}
