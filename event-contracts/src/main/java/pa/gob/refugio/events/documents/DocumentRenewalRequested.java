package pa.gob.refugio.events.documents;

import java.time.LocalDate;
import java.util.UUID;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.EventType;
import pa.gob.refugio.events.Topics;

/** SNM received a renewal request before the document expired; it stays valid until the renewal is decided. */
@EventType(name = "DocumentRenewalRequested", topic = Topics.DOCUMENTS)
public record DocumentRenewalRequested(EventMetadata metadata, UUID renewalId, UUID documentId, String documentNumber,
                                       UUID memberId, LocalDate requestedOn, LocalDate validUntil)
        implements DomainEvent {
}
