package pa.gob.refugio.kit.inbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventCatalog;
import pa.gob.refugio.events.EventJson;
import pa.gob.refugio.events.UnreadableEventException;
import pa.gob.refugio.kit.outbox.CloudEventHeaders;

/**
 * Processes one Kafka record exactly once in effect: reads the CloudEvent, and in one transaction records its id in
 * the inbox and runs the handler (whose own events go to the outbox in that same transaction). A redelivered event
 * is skipped. A transient failure is retried a few times; a record that still fails, or can never be read, is
 * rethrown so the channel's dead-letter strategy moves it aside and consumption goes on.
 */
@ApplicationScoped
public class IncomingEvents {

    private static final Logger LOG = Logger.getLogger(IncomingEvents.class);

    private final Inbox inbox;
    private final int attempts;
    private final long backoffMillis;

    public IncomingEvents(Inbox inbox,
                          @ConfigProperty(name = "refugio.inbox.attempts", defaultValue = "3") int attempts,
                          @ConfigProperty(name = "refugio.inbox.backoff-millis", defaultValue = "500") long backoffMillis) {
        this.inbox = inbox;
        this.attempts = attempts;
        this.backoffMillis = backoffMillis;
    }

    /** Reads and handles {@code record} for {@code consumer}; returns false when the event was skipped. */
    public boolean process(String consumer, ConsumerRecord<String, String> record, EventHandlers handlers) {
        String type = CloudEventHeaders.read(record.headers(), CloudEventHeaders.TYPE)
                .orElseThrow(() -> new UnreadableEventException("Record without ce_type header at "
                        + record.topic() + "/" + record.partition() + "@" + record.offset()));
        Class<? extends DomainEvent> eventClass = EventCatalog.forCloudEventType(type)
                .orElseThrow(() -> new UnreadableEventException("Unknown event type " + type));
        Optional<Consumer<DomainEvent>> handler = handlers.handlerFor(eventClass);
        if (handler.isEmpty()) {
            return false;
        }
        if (record.value() == null) {
            throw new UnreadableEventException("Record of type " + type + " has no value");
        }
        DomainEvent event = EventJson.read(record.value(), eventClass);
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> {
                    if (!inbox.firstDelivery(consumer, event)) {
                        LOG.debugf("%s already processed %s %s", consumer, type, event.eventId());
                        return false;
                    }
                    handler.get().accept(event);
                    return true;
                });
            } catch (RuntimeException e) {
                if (!isTransient(e) || attempt >= attempts) {
                    LOG.errorf("%s could not process %s %s of case %s: %s", consumer, type, event.eventId(),
                            event.caseId(), e.toString());
                    throw e;
                }
                LOG.warnf("%s failed on %s %s (attempt %d of %d), retrying: %s", consumer, type, event.eventId(),
                        attempt, attempts, e.toString());
                sleep(backoffMillis * attempt);
            }
        }
    }

    /** Rule violations and unreadable data will fail again; anything else (database, locks) may pass next time. */
    private static boolean isTransient(RuntimeException e) {
        return !(e instanceof UnreadableEventException || e instanceof IllegalArgumentException
                || e instanceof IllegalStateException);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while retrying", e);
        }
    }
}
