package pa.gob.refugio.events.decision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.EventType;
import pa.gob.refugio.events.Topics;

/** CONARE recognised refugee status for the members listed; SNM issues each a refugee document. */
@EventType(name = "StatusRecognized", topic = Topics.DECISION)
public record StatusRecognized(EventMetadata metadata, UUID decisionId, List<UUID> memberIds, String legalBasis,
                               LocalDate decidedOn) implements DomainEvent {

    public StatusRecognized {
        memberIds = List.copyOf(memberIds);
    }
}
