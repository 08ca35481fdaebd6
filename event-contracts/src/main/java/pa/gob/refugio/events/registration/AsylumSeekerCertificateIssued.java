package pa.gob.refugio.events.registration;

import java.time.LocalDate;
import java.util.UUID;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.EventType;
import pa.gob.refugio.events.Topics;

/** ONPAR issued an asylum-seeker certificate (with QR code) to one member of the family; ids and dates only. */
@EventType(name = "AsylumSeekerCertificateIssued", topic = Topics.REGISTRATION)
public record AsylumSeekerCertificateIssued(EventMetadata metadata, UUID memberId, String certificateNumber,
                                            LocalDate validFrom, LocalDate validUntil) implements DomainEvent {
}
