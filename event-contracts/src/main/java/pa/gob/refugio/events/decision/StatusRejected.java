package pa.gob.refugio.events.decision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.EventType;
import pa.gob.refugio.events.Topics;

/** CONARE rejected the application for the members listed. Reasons stay in decision-service. */
@EventType(name = "StatusRejected", topic = Topics.DECISION)
public record StatusRejected(EventMetadata metadata, UUID decisionId, List<UUID> memberIds, LocalDate decidedOn)
        implements DomainEvent {

    public StatusRejected {
        memberIds = List.copyOf(memberIds);
    }
}
