package pa.gob.refugio.events.documents;

import java.time.LocalDate;
import java.util.UUID;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.EventType;
import pa.gob.refugio.events.Topics;

/** A renewal was refused: the document keeps its former validity (and expires at its end). */
@EventType(name = "DocumentRenewalRefused", topic = Topics.DOCUMENTS)
public record DocumentRenewalRefused(EventMetadata metadata, UUID renewalId, UUID documentId, String documentNumber,
                                     UUID memberId, LocalDate validUntil, LocalDate decidedOn) implements DomainEvent {
}
