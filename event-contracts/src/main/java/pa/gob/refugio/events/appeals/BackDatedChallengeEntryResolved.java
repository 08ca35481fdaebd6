package pa.gob.refugio.events.appeals;

import java.time.LocalDate;
import java.util.UUID;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.EventType;
import pa.gob.refugio.events.Topics;
import pa.gob.refugio.events.appeals.BackDatedChallengeEntryHeld.Entry;

/** A second officer confirmed a back-dated challenge entry (its own events follow), or it was rejected. */
@EventType(name = "BackDatedChallengeEntryResolved", topic = Topics.APPEALS)
public record BackDatedChallengeEntryResolved(EventMetadata metadata, UUID entryId, Entry entry, UUID decisionId,
                                              LocalDate legalDate, Resolution resolution) implements DomainEvent {

    public enum Resolution { CONFIRMED, REJECTED }
}
