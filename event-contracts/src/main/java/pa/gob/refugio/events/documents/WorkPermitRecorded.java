package pa.gob.refugio.events.documents;

import java.time.LocalDate;
import java.util.UUID;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.EventType;
import pa.gob.refugio.events.Topics;

/**
 * MITRADEL's work permit was recorded for one member, linked to the document that allows it (an in-force provisional
 * ID or refugee document). The permit number is MITRADEL's identifier; the period never ends after the document's
 * last day. No personal data.
 */
@EventType(name = "WorkPermitRecorded", topic = Topics.DOCUMENTS)
public record WorkPermitRecorded(EventMetadata metadata, UUID workPermitId, String permitNumber, UUID documentId,
                                 String documentNumber, UUID memberId, LocalDate validFrom, LocalDate validUntil)
        implements DomainEvent {
}
