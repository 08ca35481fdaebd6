package pa.gob.refugio.events.documents;

import java.time.LocalDate;
import java.util.UUID;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.EventType;
import pa.gob.refugio.events.Topics;

/**
 * A provisional ID was revoked because the case ended: the rejection became final, the applicant withdrew, or the
 * procedure was abandoned by departure. {@code revokedOn} is the date of the fact that ended the case.
 */
@EventType(name = "DocumentRevoked", topic = Topics.DOCUMENTS)
public record DocumentRevoked(EventMetadata metadata, UUID documentId, String documentNumber, UUID memberId,
                              Reason reason, LocalDate revokedOn) implements DomainEvent {

    public enum Reason { REJECTION_FINAL, WITHDRAWN, ABANDONED }
}
