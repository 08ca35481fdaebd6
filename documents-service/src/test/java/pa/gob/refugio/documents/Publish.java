package pa.gob.refugio.documents;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventCatalog;
import pa.gob.refugio.events.EventJson;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.Trace;
import pa.gob.refugio.testing.RealInfrastructure;

/** Publishes real CloudEvents records to the test broker, as the other services' outbox relays do. */
public final class Publish {

    private static KafkaProducer<String, String> producer;

    private static synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            Properties p = new Properties();
            p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.kafka().bootstrapServers());
            p.put(ProducerConfig.ACKS_CONFIG, "all");
            producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    /** Metadata for an event of another service about {@code caseId}. */
    public static EventMetadata metadata(Class<? extends DomainEvent> type, UUID caseId) {
        return EventMetadata.create(type, caseId, Trace.start(), Instant.now());
    }

    /** Sends {@code event} to its owner's topic, keyed by its case, and waits for the broker's acknowledgement. */
    public static void event(DomainEvent event) {
        Class<? extends DomainEvent> type = event.getClass();
        raw(EventCatalog.typeOf(type).topic(), event.caseId().toString(), EventCatalog.cloudEventType(type),
                event.eventId().toString(), EventJson.write(event));
    }

    /** Sends any record with CloudEvents headers (e.g. a poison record). */
    public static void raw(String topic, String key, String ceType, String ceId, String value) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
        record.headers().add("ce_type", ceType.getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_id", ceId.getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
        try {
            producer().send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish to " + topic, e);
        }
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
