package pa.gob.refugio.events.documents;

import java.time.LocalDate;
import java.util.UUID;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.EventType;
import pa.gob.refugio.events.Topics;

/** A renewal was approved: the document is valid until {@code validUntil}. */
@EventType(name = "DocumentRenewed", topic = Topics.DOCUMENTS)
public record DocumentRenewed(EventMetadata metadata, UUID renewalId, UUID documentId, String documentNumber,
                              UUID memberId, LocalDate previousValidUntil, LocalDate validUntil, LocalDate decidedOn)
        implements DomainEvent {
}
