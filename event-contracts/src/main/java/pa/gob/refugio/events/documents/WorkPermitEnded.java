package pa.gob.refugio.events.documents;

import java.time.LocalDate;
import java.util.UUID;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.EventType;
import pa.gob.refugio.events.Topics;

/**
 * A work permit ended before its last day because the document that allowed it stopped being valid (revoked or
 * superseded): {@code endedOn} is the day that document stopped. A permit that simply reaches its last day publishes
 * nothing (its period says it).
 */
@EventType(name = "WorkPermitEnded", topic = Topics.DOCUMENTS)
public record WorkPermitEnded(EventMetadata metadata, UUID workPermitId, String permitNumber, String documentNumber,
                              UUID memberId, LocalDate validFrom, LocalDate endedOn, Reason reason)
        implements DomainEvent {

    public enum Reason { DOCUMENT_STOPPED_BEING_VALID }
}
