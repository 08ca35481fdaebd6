package pa.gob.refugio.events.registration;

import java.time.LocalDate;
import java.util.UUID;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.EventType;
import pa.gob.refugio.events.Topics;

/**
 * MIRE acknowledged a statelessness referral, or decided it ({@code outcome}: recognised stateless or not), on
 * {@code on}; recorded by MIRE or by ONPAR on MIRE's letter. MIRE's reference stays in registration-service.
 */
@EventType(name = "StatelessnessReferralStatusChanged", topic = Topics.REGISTRATION)
public record StatelessnessReferralStatusChanged(EventMetadata metadata, UUID referralId, UUID memberId,
                                                 Status status, Outcome outcome, LocalDate on)
        implements DomainEvent {

    public enum Status { REFERRED, ACKNOWLEDGED, DECIDED }

    public enum Outcome { RECOGNISED_STATELESS, NOT_RECOGNISED }
}
