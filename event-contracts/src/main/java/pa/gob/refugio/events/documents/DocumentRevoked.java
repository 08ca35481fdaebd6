package pa.gob.refugio.events.documents;

import java.time.LocalDate;
import java.util.UUID;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.EventType;
import pa.gob.refugio.events.Topics;

/**
 * A document was revoked because the member's procedure or status ended: a provisional ID when the rejection became
 * final, the applicant withdrew, or the procedure was abandoned by departure; a refugee document when the end of the
 * member's status became final (STATUS_ENDED). {@code revokedOn} is the date of the fact that ended the case.
 */
@EventType(name = "DocumentRevoked", topic = Topics.DOCUMENTS)
public record DocumentRevoked(EventMetadata metadata, UUID documentId, String documentNumber, UUID memberId,
                              Reason reason, LocalDate revokedOn) implements DomainEvent {

    /** STATUS_ENDED: the end of a refugee's status became final (a refugee document, not a provisional ID). */
    public enum Reason { REJECTION_FINAL, WITHDRAWN, ABANDONED, STATUS_ENDED }
}
