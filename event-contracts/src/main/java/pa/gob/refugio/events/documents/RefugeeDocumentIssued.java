package pa.gob.refugio.events.documents;

import java.time.LocalDate;
import java.util.UUID;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.EventType;
import pa.gob.refugio.events.Topics;

/** SNM issued a refugee document (carné de refugiado) to one recognised member. */
@EventType(name = "RefugeeDocumentIssued", topic = Topics.DOCUMENTS)
public record RefugeeDocumentIssued(EventMetadata metadata, UUID documentId, String documentNumber, UUID memberId,
                                    LocalDate validFrom, LocalDate validUntil) implements DomainEvent {
}
