package pa.gob.refugio.events.documents;

import java.util.UUID;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.EventType;
import pa.gob.refugio.events.Topics;

/** A provisional ID was replaced by the member's refugee document. */
@EventType(name = "DocumentSuperseded", topic = Topics.DOCUMENTS)
public record DocumentSuperseded(EventMetadata metadata, UUID documentId, String documentNumber, UUID memberId,
                                 UUID supersededBy) implements DomainEvent {
}
