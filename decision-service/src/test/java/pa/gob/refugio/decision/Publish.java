package pa.gob.refugio.decision;

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
import pa.gob.refugio.testing.RealInfrastructure;

/** Puts a real CloudEvents record on the test broker, as the owning service's relay would. */
public final class Publish {

    private static KafkaProducer<String, String> producer;

    /** Publishes {@code event} on its topic, keyed by its case id; waits for the broker's acknowledgement. */
    public static <E extends DomainEvent> E event(E event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(EventCatalog.typeOf(event.getClass()).topic(),
                event.caseId().toString(), EventJson.write(event));
        header(record, "ce_type", EventCatalog.cloudEventType(event.getClass()));
        header(record, "ce_id", event.eventId().toString());
        header(record, "ce_specversion", "1.0");
        header(record, "ce_source", "test");
        header(record, "content-type", "application/json");
        try {
            producer().send(record).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("Could not publish " + event, e);
        }
        return event;
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            Properties p = new Properties();
            p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.kafka().bootstrapServers());
            p.put(ProducerConfig.ACKS_CONFIG, "all");
            producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    private Publish() {
    }
}
