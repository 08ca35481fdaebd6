package pa.gob.refugio.events.decision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.EventType;
import pa.gob.refugio.events.Topics;

/** The application was admitted to the procedure; SNM issues a provisional ID to every member listed. */
@EventType(name = "ApplicationAdmitted", topic = Topics.DECISION)
public record ApplicationAdmitted(EventMetadata metadata, UUID decisionId, List<UUID> memberIds, LocalDate decidedOn)
        implements DomainEvent {

    public ApplicationAdmitted {
        memberIds = List.copyOf(memberIds);
    }
}
