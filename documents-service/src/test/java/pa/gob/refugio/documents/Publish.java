package pa.gob.refugio.documents;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.Trace;
import pa.gob.refugio.testing.RealInfrastructure;
import pa.gob.refugio.testing.TestEvents;

/** Publishes real CloudEvents records to the test broker, as the other services' outbox relays do. */
public final class Publish {

    /** Metadata for an event of another service about {@code caseId}. */
    public static EventMetadata metadata(Class<? extends DomainEvent> type, UUID caseId) {
        return EventMetadata.create(type, caseId, Trace.start(), Instant.now());
    }

    /** Sends {@code event} to its owner's topic, keyed by its case, and waits for the broker's acknowledgement. */
    public static void event(DomainEvent event) {
        TestEvents.publish(event);
    }

    /** Sends any record with CloudEvents headers (e.g. a poison record). */
    public static void raw(String topic, String key, String ceType, String ceId, String value) {
        TestEvents.publishRaw(topic, key, ceType, ceId, value);
    }

    /** Waits for records with {@code key} on {@code topic} (e.g. the dead-letter topic). */
    public static List<ConsumerRecord<String, String>> awaitRecords(String topic, String key, int count,
                                                                   Duration timeout) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.kafka().bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer =
                     new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<ConsumerRecord<String, String>> found = new ArrayList<>();
            long until = System.nanoTime() + timeout.toNanos();
            while (found.size() < count) {
                if (System.nanoTime() > until) {
                    throw new AssertionError("Expected " + count + " records keyed " + key + " on " + topic
                            + " but saw " + found.size());
                }
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (key.equals(r.key())) {
                        found.add(r);
                    }
                });
            }
            return found;
        }
    }

    private Publish() {
    }
}
