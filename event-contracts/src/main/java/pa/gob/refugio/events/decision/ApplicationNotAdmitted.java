package pa.gob.refugio.events.decision;

import java.time.LocalDate;
import java.util.UUID;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.EventType;
import pa.gob.refugio.events.Topics;

/** The application was not admitted. The written reasons stay in decision-service; only the ground's code travels. */
@EventType(name = "ApplicationNotAdmitted", topic = Topics.DECISION)
public record ApplicationNotAdmitted(EventMetadata metadata, UUID decisionId, String ground, LocalDate decidedOn)
        implements DomainEvent {
}
