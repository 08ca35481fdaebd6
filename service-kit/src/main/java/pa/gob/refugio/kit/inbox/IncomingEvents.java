package pa.gob.refugio.kit.inbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventCatalog;
import pa.gob.refugio.events.EventJson;
import pa.gob.refugio.events.UnreadableEventException;
import pa.gob.refugio.kit.metrics.EventCounters;
import pa.gob.refugio.kit.metrics.EventCounters.Outcome;
import pa.gob.refugio.kit.outbox.CloudEventHeaders;
import pa.gob.refugio.kit.trace.ContinuesRecordTrace;

/**
 * Processes one Kafka record exactly once in effect: reads the CloudEvent, and in one transaction records its id in
 * the inbox and runs the handler (whose own events go to the outbox in that same transaction). A redelivered event
 * is skipped. What a failure leads to is decided by {@link ConsumerFailures}:
 * <ul>
 * <li>an <b>unreadable</b> record is rethrown: the channel's dead-letter strategy parks it in {@code <service>.dlq};
 * </li>
 * <li>a <b>refusal</b> by a rule is recorded in {@code refused_event} in a new transaction together with the inbox
 * row, logged at WARN, and consumption goes on: no retry, no dead letter;</li>
 * <li>anything else (the database stopped or frozen, a lock or statement timeout, a serialization failure) is
 * retried with exponential backoff ({@code refugio.inbox.retry.initial-delay}, doubling up to
 * {@code refugio.inbox.retry.max-delay}) without limit: the partition waits and goes on by itself once the
 * database is back. Each retry is logged at WARN with its attempt number.</li>
 * </ul>
 * The connector keeps polling on its own thread while a handler waits (it pauses the partitions), so the consumer
 * stays in its group; the throttled commit strategy's stuck-record alarm is switched off in the kit's configuration
 * ({@code throttled.unprocessed-record-max-age.ms=0}) because it would close the consumer after 60 s of waiting.
 */
@ApplicationScoped
public class IncomingEvents {

    private static final Logger LOG = Logger.getLogger(IncomingEvents.class);

    private final Inbox inbox;
    private final RefusedEvents refused;
    private final Duration initialDelay;
    private final Duration maxDelay;
    /** refugio_events_consumed_total (part "metrics"): one line per outcome below. */
    @Inject
    EventCounters counters;

    public IncomingEvents(Inbox inbox, RefusedEvents refused,
                          @ConfigProperty(name = "refugio.inbox.retry.initial-delay", defaultValue = "PT0.5S")
                          Duration initialDelay,
                          @ConfigProperty(name = "refugio.inbox.retry.max-delay", defaultValue = "PT30S")
                          Duration maxDelay) {
        this.inbox = inbox;
        this.refused = refused;
        this.initialDelay = initialDelay;
        this.maxDelay = maxDelay.compareTo(initialDelay) < 0 ? initialDelay : maxDelay;
    }

    /**
     * Reads and handles {@code record} for {@code consumer}; returns false when the event was skipped (not handled by
     * this consumer, already processed, or refused by a rule). Throws only for an unreadable record.
     */
    @ContinuesRecordTrace
    public boolean process(String consumer, ConsumerRecord<String, String> record, EventHandlers handlers) {
        String type = CloudEventHeaders.read(record.headers(), CloudEventHeaders.TYPE)
                .orElseThrow(() -> unreadable(consumer, null, new UnreadableEventException("Record without ce_type header at "
                        + record.topic() + "/" + record.partition() + "@" + record.offset())));
        Class<? extends DomainEvent> eventClass = EventCatalog.forCloudEventType(type)
                .orElseThrow(() -> unreadable(consumer, type, new UnreadableEventException("Unknown event type " + type)));
        Optional<Consumer<DomainEvent>> handler = handlers.handlerFor(eventClass);
        if (handler.isEmpty()) {
            return false;
        }
        if (record.value() == null) {
            throw unreadable(consumer, type, new UnreadableEventException("Record of type " + type + " has no value"));
        }
        DomainEvent event;
        try {
            event = EventJson.read(record.value(), eventClass);
        } catch (UnreadableEventException e) {
            throw unreadable(consumer, type, e);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return handleOnce(consumer, record, event, handler.get());
            } catch (RuntimeException e) {
                if (ConsumerFailures.classify(e) == ConsumerFailures.Kind.UNREADABLE) {
                    counters.consumed(consumer, type, Outcome.DEAD_LETTER);
                    LOG.errorf("%s cannot read %s %s of case %s: %s; sent to the dead-letter topic", consumer, type,
                            event.eventId(), event.caseId(), e.toString());
                    throw e;
                }
                long wait = delayMillis(attempt);
                LOG.warnf("%s could not process %s %s of case %s yet (attempt %d); retrying in %d ms: %s", consumer,
                        type, event.eventId(), event.caseId(), attempt, wait, rootCause(e));
                if (!sleep(wait)) {
                    LOG.warnf("%s stops retrying %s %s: interrupted, the application is stopping", consumer, type,
                            event.eventId());
                    throw e;
                }
            }
        }
    }

    /** One attempt: the handler with the inbox row, or, if a rule refuses, the refusal with the inbox row. */
    private boolean handleOnce(String consumer, ConsumerRecord<String, String> record, DomainEvent event,
                               Consumer<DomainEvent> handler) {
        try {
            boolean processed = QuarkusTransaction.requiringNew().call(() -> {
                if (!inbox.firstDelivery(consumer, event)) {
                    LOG.debugf("%s already processed %s %s", consumer, event.metadata().type(), event.eventId());
                    return false;
                }
                handler.accept(event);
                return true;
            });
            counters.consumed(consumer, record, processed ? Outcome.PROCESSED : Outcome.DUPLICATE);
            return processed;
        } catch (RuntimeException e) {
            if (ConsumerFailures.classify(e) != ConsumerFailures.Kind.REFUSED) {
                throw e;
            }
            boolean recorded = QuarkusTransaction.requiringNew().call(() -> {
                if (!inbox.firstDelivery(consumer, event)) {
                    return false;
                }
                refused.record(consumer, event, record, e);
                return true;
            });
            counters.consumed(consumer, record, recorded ? Outcome.REFUSED : Outcome.DUPLICATE);
            if (recorded) {
                LOG.warnf("%s refused %s %s of case %s (recorded in refused_event, not retried): %s", consumer,
                        event.metadata().type(), event.eventId(), event.caseId(), e.toString());
            }
            return false;
        }
    }

    /** initial, 2 × initial, 4 × initial, ... up to the maximum. */
    long delayMillis(int attempt) {
        long initial = Math.max(1, initialDelay.toMillis());
        int doublings = Math.min(attempt - 1, 30);
        long delay = initial << doublings;
        return delay <= 0 || delay > maxDelay.toMillis() ? maxDelay.toMillis() : delay;
    }

    private RuntimeException unreadable(String consumer, String type, UnreadableEventException e) {
        counters.consumed(consumer, type, Outcome.DEAD_LETTER);
        LOG.errorf("%s cannot read a record: %s; sent to the dead-letter topic", consumer, e.getMessage());
        return e;
    }

    private static String rootCause(Throwable e) {
        Throwable root = e;
        for (int i = 0; i < 32 && root.getCause() != null && root.getCause() != root; i++) {
            root = root.getCause();
        }
        return root == e ? e.toString() : e + " (caused by " + root + ")";
    }

    /** False when interrupted: the application is stopping. */
    private static boolean sleep(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
