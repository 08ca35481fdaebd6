package pa.gob.refugio.events.appeals;

import java.time.LocalDate;
import java.util.UUID;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.EventType;
import pa.gob.refugio.events.Topics;

/**
 * A filing, paper receipt, challenge decision or notification dated more than the allowed business days back was
 * recorded and waits for a second officer: no effect until {@link BackDatedChallengeEntryResolved} says CONFIRMED.
 * For the case timeline; no service acts on it.
 */
@EventType(name = "BackDatedChallengeEntryHeld", topic = Topics.APPEALS)
public record BackDatedChallengeEntryHeld(EventMetadata metadata, UUID entryId, Entry entry, UUID decisionId,
                                          LocalDate legalDate, int businessDaysBack) implements DomainEvent {

    /** What was back-dated. */
    public enum Entry {
        RECONSIDERATION_FILING, APPEAL_FILING, RECONSIDERATION_DECISION, APPEAL_DECISION, CONFIRMATION_NOTIFICATION
    }
}
