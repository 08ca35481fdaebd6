package pa.gob.refugio.events.appeals;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import pa.gob.refugio.events.ConcernsMembers;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.EventType;
import pa.gob.refugio.events.Topics;
import pa.gob.refugio.events.appeals.ChallengeWindowLapsed.Window;

/**
 * A reconsideration or appeal window closed unused (published exactly once), for the members listed: their rejection
 * becomes final (v2 of {@link ChallengeWindowLapsed}: names the members).
 */
@EventType(name = "ChallengeWindowLapsed", version = 2, topic = Topics.APPEALS)
public record ChallengeWindowLapsedV2(EventMetadata metadata, UUID decisionId, List<UUID> memberIds, Window window,
                                      LocalDate lastDay) implements DomainEvent, ConcernsMembers {

    public ChallengeWindowLapsedV2 {
        memberIds = ConcernsMembers.require(memberIds);
    }
}
