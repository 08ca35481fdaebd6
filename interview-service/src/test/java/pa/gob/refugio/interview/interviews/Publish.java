package pa.gob.refugio.interview.interviews;

import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventCatalog;
import pa.gob.refugio.events.EventJson;
import pa.gob.refugio.events.EventType;
import pa.gob.refugio.testing.RealInfrastructure;

/** Publishes records to the test JVM's real broker, as another service's outbox relay would. */
final class Publish {

    /** The event as a CloudEvent, keyed by its case id, on its owner's topic. */
    static void event(DomainEvent event) {
        event(event, event.caseId().toString());
    }

    /** The event with another key: records with the same key are consumed in order (one partition). */
    static void event(DomainEvent event, String key) {
        EventType type = EventCatalog.typeOf(event.getClass());
        raw(type.topic(), key, EventCatalog.cloudEventType(event.getClass()),
                event.eventId().toString(), EventJson.write(event));
    }

    /** Any value with the given headers (for poison records). */
    static void raw(String topic, String key, String ceType, String ceId, String value) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.kafka().bootstrapServers());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer =
                     new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
            record.headers().add("ce_type", ceType.getBytes(StandardCharsets.UTF_8));
            record.headers().add("ce_id", (ceId != null ? ceId : UUID.randomUUID().toString())
                    .getBytes(StandardCharsets.UTF_8));
            record.headers().add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot publish to " + topic, e);
        }
    }

    private Publish() {
    }
}
