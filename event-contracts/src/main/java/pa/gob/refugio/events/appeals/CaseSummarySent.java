package pa.gob.refugio.events.appeals;

import java.time.LocalDate;
import java.util.UUID;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.EventType;
import pa.gob.refugio.events.Topics;

/** ONPAR sent the case summary of an appeal to the Ministry of Government. The summary itself stays in appeals-service. */
@EventType(name = "CaseSummarySent", topic = Topics.APPEALS)
public record CaseSummarySent(EventMetadata metadata, UUID appealId, UUID decisionId, UUID summaryId,
                              LocalDate sentOn) implements DomainEvent {
}
