package pa.gob.refugio.events.registration;

import java.time.LocalDate;
import java.util.UUID;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.EventType;
import pa.gob.refugio.events.Topics;

/** An asylum-seeker certificate stopped being valid because the case ended (withdrawal, departure, final decision). */
@EventType(name = "AsylumSeekerCertificateRevoked", topic = Topics.REGISTRATION)
public record AsylumSeekerCertificateRevoked(EventMetadata metadata, UUID memberId, String certificateNumber,
                                             LocalDate revokedOn, Reason reason) implements DomainEvent {

    public enum Reason { WITHDRAWN, ABANDONED, CASE_CLOSED }
}
