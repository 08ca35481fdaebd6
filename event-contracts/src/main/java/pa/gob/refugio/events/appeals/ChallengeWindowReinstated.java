package pa.gob.refugio.events.appeals;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.EventType;
import pa.gob.refugio.events.Topics;
import pa.gob.refugio.events.appeals.ChallengeWindowLapsed.Window;

/**
 * A window that had lapsed is undone: a filing received on paper within it was keyed in after the lapse
 * ({@code PAPER_FILING}; the window is then used by that filing), or a supervisor reinstated a window that lapsed in
 * error ({@code SUPERVISOR}; open again until {@code lastDay}). decision-service reverses the final rejection.
 * {@code memberIds}: the members of the decision, when this service knows them (empty: every member of the decision).
 */
@EventType(name = "ChallengeWindowReinstated", topic = Topics.APPEALS)
public record ChallengeWindowReinstated(EventMetadata metadata, UUID decisionId, List<UUID> memberIds, Window window,
                                        Cause cause, LocalDate previousLastDay, LocalDate lastDay,
                                        LocalDate reinstatedOn) implements DomainEvent {

    public ChallengeWindowReinstated {
        memberIds = memberIds == null ? List.of() : List.copyOf(memberIds);
    }

    public enum Cause { PAPER_FILING, SUPERVISOR }
}
