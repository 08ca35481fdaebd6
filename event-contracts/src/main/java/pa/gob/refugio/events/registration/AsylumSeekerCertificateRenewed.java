package pa.gob.refugio.events.registration;

import java.time.LocalDate;
import java.util.UUID;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.EventType;
import pa.gob.refugio.events.Topics;

/**
 * ONPAR renewed one member's asylum-seeker certificate while their procedure is open: the certificate keeps its number
 * and is valid through {@code validUntil}; the renewed period starts on {@code validFrom}, the day after the former last
 * day (procedure-rules DocumentValidity). Ids and dates only.
 */
@EventType(name = "AsylumSeekerCertificateRenewed", topic = Topics.REGISTRATION)
public record AsylumSeekerCertificateRenewed(EventMetadata metadata, UUID memberId, String certificateNumber,
                                             LocalDate validFrom, LocalDate validUntil) implements DomainEvent {
}
