package pa.gob.refugio.registration;

import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventCatalog;
import pa.gob.refugio.events.EventJson;
import pa.gob.refugio.testing.RealInfrastructure;

/** Publishes a real CloudEvents record to the test broker, as another service's outbox relay would. */
final class Publish {

    private Publish() {
    }

    static void event(DomainEvent event) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.kafka().bootstrapServers());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer =
                     new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(EventCatalog.typeOf(event.getClass()).topic(),
                    event.caseId().toString(), EventJson.write(event));
            record.headers().add("ce_type", EventCatalog.cloudEventType(event.getClass()).getBytes(StandardCharsets.UTF_8));
            record.headers().add("ce_id", event.eventId().toString().getBytes(StandardCharsets.UTF_8));
            record.headers().add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not publish " + event, e);
        }
    }
}
