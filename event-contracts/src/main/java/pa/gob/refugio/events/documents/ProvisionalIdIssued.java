package pa.gob.refugio.events.documents;

import java.time.LocalDate;
import java.util.UUID;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.EventType;
import pa.gob.refugio.events.Topics;

/** SNM issued an asylum seeker's provisional ID (carné de solicitante) to one member. */
@EventType(name = "ProvisionalIdIssued", topic = Topics.DOCUMENTS)
public record ProvisionalIdIssued(EventMetadata metadata, UUID documentId, String documentNumber, UUID memberId,
                                  LocalDate validFrom, LocalDate validUntil) implements DomainEvent {
}
