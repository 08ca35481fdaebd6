package pa.gob.refugio.events.decision;

import java.time.LocalDate;
import java.util.UUID;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.EventType;
import pa.gob.refugio.events.Topics;

/**
 * A decision or notification dated more than the allowed business days back was recorded and waits for a second
 * officer: until {@link BackDatedEntryResolved} says CONFIRMED it has no effect (no window opens, nothing lapses).
 * For the case timeline; no service acts on it.
 */
@EventType(name = "BackDatedEntryHeld", topic = Topics.DECISION)
public record BackDatedEntryHeld(EventMetadata metadata, UUID entryId, Entry entry, UUID decisionId,
                                 LocalDate legalDate, int businessDaysBack) implements DomainEvent {

    /** What was back-dated. */
    public enum Entry { ADMISSIBILITY, ELIGIBILITY, NOTIFICATION }
}
