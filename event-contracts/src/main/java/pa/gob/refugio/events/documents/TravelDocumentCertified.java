package pa.gob.refugio.events.documents;

import java.time.LocalDate;
import java.util.UUID;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.EventType;
import pa.gob.refugio.events.Topics;

/** ONPAR certified a recognised refugee for a travel document, to be issued by the passport authority. */
@EventType(name = "TravelDocumentCertified", topic = Topics.DOCUMENTS)
public record TravelDocumentCertified(EventMetadata metadata, UUID certificationId, UUID documentId,
                                      String documentNumber, UUID memberId, LocalDate certifiedOn)
        implements DomainEvent {
}
