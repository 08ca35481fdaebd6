package pa.gob.refugio.events.registration;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import pa.gob.refugio.events.ConcernsMembers;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.EventType;
import pa.gob.refugio.events.Topics;

/**
 * The members listed withdrew their application (v2 of {@link ApplicationWithdrawn}: names the members); their
 * procedure ends, the other members' goes on. The case ends when no member remains in the procedure.
 */
@EventType(name = "ApplicationWithdrawn", version = 2, topic = Topics.REGISTRATION)
public record ApplicationWithdrawnV2(EventMetadata metadata, List<UUID> memberIds, LocalDate withdrawnOn)
        implements DomainEvent, ConcernsMembers {

    public ApplicationWithdrawnV2 {
        memberIds = ConcernsMembers.require(memberIds);
    }
}
