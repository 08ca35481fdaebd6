package pa.gob.refugio.kit.deadletter;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.jboss.logging.Logger;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventCatalog;
import pa.gob.refugio.events.UnreadableEventException;
import pa.gob.refugio.kit.deadletter.DeadLetters.State;
import pa.gob.refugio.kit.inbox.IncomingEvents;
import pa.gob.refugio.kit.outbox.CloudEventHeaders;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.kit.problem.Texts;

/**
 * Operations' use cases on dead letters: list, inspect (redacted), replay through the consumer's inbox path, discard
 * with a reason. Each state change is one conditional update of an OPEN row, so that two operators replaying the
 * same dead letter at once get one 200 and one 409; the processing itself is idempotent through the inbox.
 */
@ApplicationScoped
public class DeadLetterService {

    private static final Logger LOG = Logger.getLogger(DeadLetterService.class);

    /** A dead letter as operations see it in detail. */
    public record Detail(UUID id, String consumer, String topic, int partition, long offset, String eventType,
                         UUID caseId, String reason, Instant receivedAt, State state, Instant resolvedAt,
                         String resolvedBy, String resolutionReason, Map<String, String> headers, JsonNode payload) {
    }

    public record Replayed(UUID id, State state, String outcome) {
    }

    public record Discarded(UUID id, State state, String reason) {
    }

    private final DeadLetters deadLetters;
    private final IncomingEvents incoming;
    private final DeadLetterGauge gauge;

    public DeadLetterService(DeadLetters deadLetters, IncomingEvents incoming, DeadLetterGauge gauge) {
        this.deadLetters = deadLetters;
        this.incoming = incoming;
        this.gauge = gauge;
    }

    public DeadLetters.Page list(State state, int page, int size) {
        return deadLetters.list(state, page, size);
    }

    public Detail detail(UUID id) {
        DeadLetters.Stored s = find(id);
        DeadLetters.Item i = s.item();
        return new Detail(i.id(), i.consumer(), i.topic(), i.partition(), i.offset(), i.eventType(), i.caseId(),
                i.reason(), i.receivedAt(), i.state(), s.resolvedAt(), s.resolvedBy(), s.resolutionReason(),
                Redaction.headers(s.headers()), Redaction.payload(s.payload()));
    }

    /**
     * Runs the stored record again through its consumer's inbox path; {@code type} (a CloudEvent type, or an event
     * name such as {@code ApplicationRegistered}) replaces the record's {@code ce_type}. 409 unless OPEN; 422 when
     * it is still unreadable (the row stays OPEN).
     */
    public Replayed replay(UUID id, String type, String reason, String by) {
        DeadLetters.Stored s = find(id);
        requireOpen(s, "replay");
        RecordHeaders headers = new RecordHeaders();
        s.headers().forEach((name, value) -> {
            if (!(type != null && name.equals(CloudEventHeaders.TYPE))) {
                headers.add(name, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
            }
        });
        if (type != null) {
            headers.add(CloudEventHeaders.TYPE, cloudEventType(type).getBytes(StandardCharsets.UTF_8));
        }
        DeadLetters.Item i = s.item();
        ConsumerRecord<String, String> record = new ConsumerRecord<>(i.topic(), i.partition(), i.offset(),
                ConsumerRecord.NO_TIMESTAMP, TimestampType.NO_TIMESTAMP_TYPE, ConsumerRecord.NULL_SIZE,
                ConsumerRecord.NULL_SIZE, s.recordKey(), s.payload(), headers, Optional.empty());
        IncomingEvents.Outcome outcome;
        try {
            outcome = incoming.replay(i.consumer(), record);
        } catch (UnreadableEventException e) {
            throw ProblemException.ruleViolated("dead-letter-unreadable",
                    Texts.of("Sigue sin poder leerse", "Still unreadable"),
                    Texts.of("El registro sigue sin poder leerse: " + e.getMessage()
                                    + (type == null ? " (indique el tipo del evento para reparar un ce_type ausente o"
                                    + " desconocido)" : ""),
                            "The record still cannot be read: " + e.getMessage()
                                    + (type == null ? " (pass the event's type to repair a missing or unknown ce_type)"
                                    : "")));
        }
        if (!deadLetters.resolve(id, State.REPLAYED, by, reason == null ? "replayed" : reason)) {
            throw ProblemException.illegalTransition("Dead letter", "not OPEN", "replay");
        }
        gauge.refresh();
        LOG.infof("Dead letter %s of %s (%s/%d@%d) replayed by %s: %s", id, i.consumer(), i.topic(), i.partition(),
                i.offset(), by, outcome);
        return new Replayed(id, State.REPLAYED, outcome.name().toLowerCase());
    }

    /** Closes the dead letter without processing it; {@code reason} required. 409 unless OPEN. */
    public Discarded discard(UUID id, String reason, String by) {
        if (reason == null || reason.isBlank()) {
            throw ProblemException.of(400, "reason-required", Texts.of("Motivo obligatorio", "Reason required"),
                    Texts.of("Descartar una carta muerta requiere un motivo", "Discarding a dead letter needs a reason"));
        }
        find(id);
        if (!deadLetters.resolve(id, State.DISCARDED, by, reason.strip())) {
            throw ProblemException.illegalTransition("Dead letter", "not OPEN", "discard");
        }
        gauge.refresh();
        LOG.infof("Dead letter %s discarded by %s: %s", id, by, reason.strip());
        return new Discarded(id, State.DISCARDED, reason.strip());
    }

    private DeadLetters.Stored find(UUID id) {
        return deadLetters.find(id).orElseThrow(() -> ProblemException.notFound("Dead letter", id));
    }

    private static void requireOpen(DeadLetters.Stored s, String action) {
        if (s.item().state() != State.OPEN) {
            throw ProblemException.illegalTransition("Dead letter", s.item().state(), action);
        }
    }

    /** A CloudEvent type as is, {@code Name.vN}, an event record's class name, or {@code Name} (version 1). */
    static String cloudEventType(String type) {
        String t = type.strip();
        if (t.startsWith(EventCatalog.CLOUD_EVENT_TYPE_PREFIX)) {
            return t;
        }
        for (Class<? extends DomainEvent> event : EventCatalog.all()) {
            var annotation = EventCatalog.typeOf(event);
            if (event.getSimpleName().equals(t) || (annotation.name() + ".v" + annotation.version()).equals(t)) {
                return EventCatalog.cloudEventType(event);
            }
        }
        return EventCatalog.cloudEventType(t, 1);
    }
}
