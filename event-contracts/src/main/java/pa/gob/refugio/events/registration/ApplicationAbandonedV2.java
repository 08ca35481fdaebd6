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
 * SNM reported that the members listed left Panama (v2 of {@link ApplicationAbandoned}: names the members): their
 * procedure is abandoned, the other members' goes on.
 */
@EventType(name = "ApplicationAbandoned", version = 2, topic = Topics.REGISTRATION)
public record ApplicationAbandonedV2(EventMetadata metadata, List<UUID> memberIds, LocalDate departureDate,
                                     String reportedBy) implements DomainEvent, ConcernsMembers {

    public ApplicationAbandonedV2 {
        memberIds = ConcernsMembers.require(memberIds);
    }
}
