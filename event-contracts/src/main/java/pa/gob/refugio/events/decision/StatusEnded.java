package pa.gob.refugio.events.decision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import pa.gob.refugio.events.ConcernsMembers;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.EventType;
import pa.gob.refugio.events.Topics;

/**
 * CONARE decided to end the refugee status of the members listed (cessation, cancellation or revocation) on a legal
 * ground (a configured code). Not yet final: the members keep their status and documents until the decision, once
 * notified, can no longer be challenged ({@link StatusEndBecameFinal}). The reasons never leave decision-service.
 */
@EventType(name = "StatusEnded", topic = Topics.DECISION)
public record StatusEnded(EventMetadata metadata, UUID decisionId, List<UUID> memberIds, Kind kind,
                          String groundCode, LocalDate decidedOn) implements DomainEvent, ConcernsMembers {

    /** How a status ends: the person no longer needs protection, it should never have been granted, or conduct. */
    public enum Kind { CESSATION, CANCELLATION, REVOCATION }

    public StatusEnded {
        memberIds = ConcernsMembers.require(memberIds);
    }
}
