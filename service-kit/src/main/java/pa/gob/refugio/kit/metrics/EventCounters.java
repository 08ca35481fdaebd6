package pa.gob.refugio.kit.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import pa.gob.refugio.events.EventCatalog;

/**
 * {@code refugio_events_published_total{type}}: events the outbox relay got acknowledged by Kafka, per CloudEvent type;
 * {@code refugio_events_consumed_total{consumer,type,outcome}}: records a consumer went through, per outcome.
 */
@ApplicationScoped
public class EventCounters {

    /** What became of a consumed record. */
    public enum Outcome {
        /** handled: its effects committed with its inbox row */
        PROCESSED,
        /** already in the inbox: a redelivery, skipped */
        DUPLICATE,
        /** a rule of this service refused it: recorded in refused_event, not retried */
        REFUSED,
        /** unreadable: parked as a dead letter */
        DEAD_LETTER;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The label of a type no event record has (a poison record's header): never the raw header, to bound the series. */
    public static final String UNKNOWN_TYPE = "unknown";

    private final MeterRegistry registry;

    public EventCounters(MeterRegistry registry) {
        this.registry = registry;
    }

    public void published(String cloudEventType) {
        Counter.builder("refugio.events.published").description("Events relayed to Kafka (acknowledged), per type")
                .tag("type", known(cloudEventType)).register(registry).increment();
    }

    public void consumed(String consumer, String cloudEventType, Outcome outcome) {
        Counter.builder("refugio.events.consumed")
                .description("Events consumed, per consumer, type and outcome (processed, duplicate, refused, dead_letter)")
                .tag("consumer", consumer).tag("type", known(cloudEventType)).tag("outcome", outcome.label())
                .register(registry).increment();
    }

    /** As above, the type read from the record's {@code ce_type} header. */
    public void consumed(String consumer, org.apache.kafka.clients.consumer.ConsumerRecord<?, ?> record,
                         Outcome outcome) {
        consumed(consumer, pa.gob.refugio.kit.outbox.CloudEventHeaders.read(record.headers(),
                pa.gob.refugio.kit.outbox.CloudEventHeaders.TYPE).orElse(null), outcome);
    }

    private static String known(String cloudEventType) {
        return cloudEventType != null && EventCatalog.forCloudEventType(cloudEventType).isPresent()
                ? cloudEventType : UNKNOWN_TYPE;
    }
}
