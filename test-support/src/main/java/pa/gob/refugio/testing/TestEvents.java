package pa.gob.refugio.testing;

import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventCatalog;
import pa.gob.refugio.events.EventJson;

/**
 * Publishes real CloudEvents records to the test JVM's broker, as another service's outbox relay would, so a
 * service's consumers are tested against the real Kafka. Each call waits for the broker's acknowledgement.
 */
public final class TestEvents {

    private static KafkaProducer<String, String> producer;

    /** Sends {@code event} on its owner's topic, keyed by its case id, with CloudEvents headers. */
    public static <E extends DomainEvent> E publish(E event) {
        return publish(event, event.caseId().toString());
    }

    /** As {@link #publish(DomainEvent)} with another record key. */
    public static <E extends DomainEvent> E publish(E event, String key) {
        ProducerRecord<String, String> record = new ProducerRecord<>(EventCatalog.typeOf(event.getClass()).topic(),
                key, EventJson.write(event));
        header(record, "ce_type", EventCatalog.cloudEventType(event.getClass()));
        header(record, "ce_id", event.eventId().toString());
        header(record, "ce_specversion", "1.0");
        header(record, "ce_source", "test");
        header(record, "ce_correlationid", event.metadata().correlationId().toString());
        header(record, "content-type", "application/json");
        send(record);
        return event;
    }

    /** Sends any value with CloudEvents headers (a poison record, an unknown type); a null id becomes a new one. */
    public static void publishRaw(String topic, String key, String ceType, String ceId, String value) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
        if (ceType != null) {
            header(record, "ce_type", ceType);
        }
        header(record, "ce_id", ceId != null ? ceId : java.util.UUID.randomUUID().toString());
        header(record, "ce_specversion", "1.0");
        send(record);
    }

    private static void send(ProducerRecord<String, String> record) {
        try {
            producer().send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not publish to " + record.topic(), e);
        }
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            Properties p = new Properties();
            p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.kafka().bootstrapServers());
            p.put(ProducerConfig.ACKS_CONFIG, "all");
            p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    private TestEvents() {
    }
}
