package pa.gob.refugio.events.registration;

import java.time.LocalDate;
import java.util.UUID;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.EventType;
import pa.gob.refugio.events.Topics;

/**
 * A member was referred to MIRE for the statelessness procedure (Executive Decree 10 of 2019), by ONPAR or by CONARE.
 * The reason stays in registration-service (encrypted); only identifiers and dates cross.
 */
@EventType(name = "StatelessnessReferralMade", topic = Topics.REGISTRATION)
public record StatelessnessReferralMade(EventMetadata metadata, UUID referralId, UUID memberId,
                                        ReferringBody referredBy, LocalDate referredOn) implements DomainEvent {

    public enum ReferringBody { ONPAR, CONARE }
}
