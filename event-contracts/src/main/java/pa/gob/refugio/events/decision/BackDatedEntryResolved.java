package pa.gob.refugio.events.decision;

import java.time.LocalDate;
import java.util.UUID;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.EventType;
import pa.gob.refugio.events.Topics;
import pa.gob.refugio.events.decision.BackDatedEntryHeld.Entry;

/**
 * A second officer confirmed a back-dated entry (it takes effect now: its own events follow) or it was rejected (it
 * never has any effect). {@code decisionId} is the decision recorded or notified, if any.
 */
@EventType(name = "BackDatedEntryResolved", topic = Topics.DECISION)
public record BackDatedEntryResolved(EventMetadata metadata, UUID entryId, Entry entry, UUID decisionId,
                                     LocalDate legalDate, Resolution resolution) implements DomainEvent {

    public enum Resolution { CONFIRMED, REJECTED }
}
