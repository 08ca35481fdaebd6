package pa.gob.refugio.events.documents;

import java.time.LocalDate;
import java.util.UUID;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.EventType;
import pa.gob.refugio.events.Topics;

/**
 * A provisional ID revoked by a final rejection is valid again because that rejection was reversed (a lapse undone):
 * the revocation stays in the document's history.
 */
@EventType(name = "DocumentReinstated", topic = Topics.DOCUMENTS)
public record DocumentReinstated(EventMetadata metadata, UUID documentId, String documentNumber, UUID memberId,
                                 DocumentRevoked.Reason previousReason, LocalDate revokedOn, LocalDate reinstatedOn,
                                 LocalDate validUntil) implements DomainEvent {
}
