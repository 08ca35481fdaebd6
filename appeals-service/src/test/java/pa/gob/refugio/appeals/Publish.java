package pa.gob.refugio.appeals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventCatalog;
import pa.gob.refugio.events.EventJson;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.Trace;
import pa.gob.refugio.events.decision.ResolutionNotified;
import pa.gob.refugio.events.decision.ResolutionNotified.ResolutionKind;
import pa.gob.refugio.testing.RealInfrastructure;

/** Publishes real CloudEvents records to the test broker, as another service's outbox relay would. */
public final class Publish {

    public static final ZoneId PANAMA = ZoneId.of("America/Panama");

    private static KafkaProducer<String, String> producer;

    public static LocalDate today() {
        return LocalDate.now(PANAMA);
    }

    /** A resolution of {@code kind} notified on {@code notifiedOn}, as decision-service publishes it. */
    public static ResolutionNotified notified(UUID caseId, UUID decisionId, ResolutionKind kind, LocalDate notifiedOn) {
        return new ResolutionNotified(EventMetadata.create(ResolutionNotified.class, caseId, Trace.start(),
                Instant.now()), decisionId, kind, notifiedOn, "IN_PERSON");
    }

    /** Sends the event to its topic, keyed by case, with CloudEvents headers; waits for the broker's ack. */
    public static void event(DomainEvent event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(EventCatalog.typeOf(event.getClass()).topic(),
                event.caseId().toString(), EventJson.write(event));
        header(record, "ce_type", EventCatalog.cloudEventType(event.getClass()));
        header(record, "ce_id", event.eventId().toString());
        header(record, "ce_specversion", "1.0");
        header(record, "ce_source", "test");
        header(record, "ce_correlationid", event.metadata().correlationId().toString());
        try {
            producer().send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not publish " + event, e);
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
            producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    private Publish() {
    }
}
