package pa.gob.refugio.kit.inbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventCatalog;
import pa.gob.refugio.events.EventJson;
import pa.gob.refugio.events.UnreadableEventException;
import pa.gob.refugio.kit.deadletter.DeadLetters;
import pa.gob.refugio.kit.metrics.EventCounters;
import pa.gob.refugio.kit.outbox.CloudEventHeaders;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.kit.problem.Texts;
import pa.gob.refugio.kit.trace.ContinuesRecordTrace;

/**
 * Processes one Kafka record exactly once in effect: reads the CloudEvent, and in one transaction records its id in
 * the inbox and runs the handler (whose own events go to the outbox in that same transaction). A redelivered event
 * is skipped. What a failure leads to is decided by {@link ConsumerFailures}:
 * <ul>
 * <li>an <b>unreadable</b> record is stored in {@code dead_letter} (kit.deadletter, in its own transaction,
 * retried like a database failure until stored), then rethrown: the channel's dead-letter strategy acknowledges it
 * and parks a copy in {@code <service>.dlq}; operations replay or discard it at
 * {@code /api/v1/operations/dead-letters} ({@link #replay});</li>
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
    /** The handlers each consumer passed for each topic, so that a dead letter can be replayed through them. */
    private final Map<String, EventHandlers> handlersByConsumerAndTopic = new ConcurrentHashMap<>();

    @Inject
    DeadLetters deadLetters;

    /** refugio_events_consumed_total: one count per outcome below. */
    @Inject
    EventCounters counters;

    /** How a replayed record ended. */
    public enum Outcome { PROCESSED, DUPLICATE, REFUSED }

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
        handlersByConsumerAndTopic.putIfAbsent(consumer + " " + record.topic(), handlers);
        String type = CloudEventHeaders.read(record.headers(), CloudEventHeaders.TYPE)
                .orElseThrow(() -> unreadable(consumer, record, new UnreadableEventException("Record without ce_type header at "
                        + record.topic() + "/" + record.partition() + "@" + record.offset())));
        Class<? extends DomainEvent> eventClass = EventCatalog.forCloudEventType(type)
                .orElseThrow(() -> unreadable(consumer, record, new UnreadableEventException("Unknown event type " + type)));
        Optional<Consumer<DomainEvent>> handler = handlers.handlerFor(eventClass);
        if (handler.isEmpty()) {
            return false;
        }
        if (record.value() == null) {
            throw unreadable(consumer, record, new UnreadableEventException("Record of type " + type + " has no value"));
        }
        DomainEvent event;
        try {
            event = EventJson.read(record.value(), eventClass);
        } catch (UnreadableEventException e) {
            throw unreadable(consumer, record, e);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return handleOnce(consumer, record, event, handler.get());
            } catch (RuntimeException e) {
                if (ConsumerFailures.classify(e) == ConsumerFailures.Kind.UNREADABLE) {
                    LOG.errorf("%s cannot read %s %s of case %s: %s; kept as a dead letter", consumer, type,
                            event.eventId(), event.caseId(), e.toString());
                    storeDeadLetter(consumer, record, e);
                    counters.consumed(consumer, type, EventCounters.Outcome.DEAD_LETTER);
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

    /**
     * Runs a dead letter's record again, once, through the inbox path of {@code consumer} (the handlers it passed for
     * the record's topic): an event already in the inbox is skipped ({@link Outcome#DUPLICATE}), a rule's refusal is
     * recorded as usual. Throws {@link UnreadableEventException} when the record still cannot be read (nothing is
     * stored), and any other failure as it comes (no retry: the caller asks again).
     */
    public Outcome replay(String consumer, ConsumerRecord<String, String> record) {
        EventHandlers handlers = handlersByConsumerAndTopic.get(consumer + " " + record.topic());
        if (handlers == null) {
            throw ProblemException.of(503, "consumer-not-ready",
                    Texts.of("Consumidor no preparado", "Consumer not ready"),
                    Texts.of("El consumidor " + consumer + " no ha recibido ningún registro de " + record.topic()
                                    + " desde que arrancó esta instancia; reintente cuando lo haya recibido",
                            "Consumer " + consumer + " has not received a record of " + record.topic()
                                    + " since this instance started; try again once it has"))
                    .with("retryAfterSeconds", 5);
        }
        String type = CloudEventHeaders.read(record.headers(), CloudEventHeaders.TYPE)
                .orElseThrow(() -> new UnreadableEventException("Record without ce_type header"));
        Class<? extends DomainEvent> eventClass = EventCatalog.forCloudEventType(type)
                .orElseThrow(() -> new UnreadableEventException("Unknown event type " + type));
        Consumer<DomainEvent> handler = handlers.handlerFor(eventClass).orElseThrow(() ->
                new UnreadableEventException(consumer + " does not handle events of type " + type));
        if (record.value() == null) {
            throw new UnreadableEventException("Record of type " + type + " has no value");
        }
        return attempt(consumer, record, EventJson.read(record.value(), eventClass), handler);
    }

    /** One attempt: the handler with the inbox row, or, if a rule refuses, the refusal with the inbox row. */
    private boolean handleOnce(String consumer, ConsumerRecord<String, String> record, DomainEvent event,
                               Consumer<DomainEvent> handler) {
        return attempt(consumer, record, event, handler) == Outcome.PROCESSED;
    }

    private Outcome attempt(String consumer, ConsumerRecord<String, String> record, DomainEvent event,
                            Consumer<DomainEvent> handler) {
        Outcome outcome = attemptUncounted(consumer, record, event, handler);
        counters.consumed(consumer, record, EventCounters.Outcome.valueOf(outcome.name()));
        return outcome;
    }

    private Outcome attemptUncounted(String consumer, ConsumerRecord<String, String> record, DomainEvent event,
                                     Consumer<DomainEvent> handler) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                if (!inbox.firstDelivery(consumer, event)) {
                    LOG.debugf("%s already processed %s %s", consumer, event.metadata().type(), event.eventId());
                    return Outcome.DUPLICATE;
                }
                handler.accept(event);
                return Outcome.PROCESSED;
            });
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
            if (recorded) {
                LOG.warnf("%s refused %s %s of case %s (recorded in refused_event, not retried): %s", consumer,
                        event.metadata().type(), event.eventId(), event.caseId(), e.toString());
            }
            return recorded ? Outcome.REFUSED : Outcome.DUPLICATE;
        }
    }

    /** initial, 2 × initial, 4 × initial, ... up to the maximum. */
    long delayMillis(int attempt) {
        long initial = Math.max(1, initialDelay.toMillis());
        int doublings = Math.min(attempt - 1, 30);
        long delay = initial << doublings;
        return delay <= 0 || delay > maxDelay.toMillis() ? maxDelay.toMillis() : delay;
    }

    private RuntimeException unreadable(String consumer, ConsumerRecord<String, String> record,
                                        UnreadableEventException e) {
        LOG.errorf("%s cannot read a record: %s; kept as a dead letter", consumer, e.getMessage());
        storeDeadLetter(consumer, record, e);
        counters.consumed(consumer, record, EventCounters.Outcome.DEAD_LETTER);
        return e;
    }

    /**
     * Stores the record in {@code dead_letter} in its own transaction; a failure to store it (the database away) is
     * retried with the usual backoff, so that the record is never acknowledged before it is kept.
     */
    private void storeDeadLetter(String consumer, ConsumerRecord<String, String> record, Throwable reason) {
        if (deadLetters == null) {
            return;
        }
        for (int attempt = 1; ; attempt++) {
            try {
                deadLetters.record(consumer, record, reason.getMessage());
                return;
            } catch (RuntimeException e) {
                long wait = delayMillis(attempt);
                LOG.warnf("%s could not store the dead letter %s/%d@%d yet (attempt %d); retrying in %d ms: %s",
                        consumer, record.topic(), record.partition(), record.offset(), attempt, wait, rootCause(e));
                if (!sleep(wait)) {
                    throw e;
                }
            }
        }
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
