package pa.gob.refugio.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The envelope facts every event carries.
 *
 * @param eventId       unique id of this event; consumers deduplicate on it
 * @param type          the event's name ({@link EventType#name()})
 * @param version       the event's schema version
 * @param caseId        the asylum case the event belongs to; also the Kafka key, so one case stays in order
 * @param occurredAt    when the fact happened
 * @param correlationId id shared by every event of one business flow (from the first request onwards)
 * @param causationId   id of the event (or request) that directly caused this one; null for a first event
 */
public record EventMetadata(UUID eventId, String type, int version, UUID caseId, Instant occurredAt,
                            UUID correlationId, UUID causationId) {

    public EventMetadata {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(correlationId, "correlationId");
    }

    /** Metadata for a new event of the given class, within the given trace. */
    public static EventMetadata create(Class<? extends DomainEvent> eventClass, UUID caseId, Trace trace,
                                       Instant occurredAt) {
        EventType type = EventCatalog.typeOf(eventClass);
        return new EventMetadata(UUID.randomUUID(), type.name(), type.version(), caseId, occurredAt,
                trace.correlationId(), trace.causationId());
    }

    /** The trace for events caused by this one. */
    public Trace causing() {
        return new Trace(correlationId, eventId);
    }
}
