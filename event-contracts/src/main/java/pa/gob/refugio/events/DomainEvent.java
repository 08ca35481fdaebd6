package pa.gob.refugio.events;

import java.util.UUID;

/**
 * A fact that happened to one asylum case. Every event is an immutable record whose first component is its
 * {@link EventMetadata}; the remaining components are the facts, carrying identifiers rather than personal data.
 */
public interface DomainEvent {

    EventMetadata metadata();

    default UUID caseId() {
        return metadata().caseId();
    }

    default UUID eventId() {
        return metadata().eventId();
    }
}
