package pa.gob.refugio.events.documents;

import java.time.LocalDate;
import java.util.UUID;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.EventType;
import pa.gob.refugio.events.Topics;

/** The validity of one document was extended by a resolution (e.g. ONPAR's P-095-20), recorded by its reference. */
@EventType(name = "DocumentValidityExtended", topic = Topics.DOCUMENTS)
public record DocumentValidityExtended(EventMetadata metadata, UUID extensionId, String resolution, UUID documentId,
                                       String documentNumber, UUID memberId, LocalDate previousValidUntil,
                                       LocalDate validUntil) implements DomainEvent {
}
