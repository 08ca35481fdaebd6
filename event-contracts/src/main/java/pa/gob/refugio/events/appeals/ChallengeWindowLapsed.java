package pa.gob.refugio.events.appeals;

import java.time.LocalDate;
import java.util.UUID;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.EventType;
import pa.gob.refugio.events.Topics;

/** A reconsideration or appeal window closed unused (published exactly once): the rejection becomes final. */
@EventType(name = "ChallengeWindowLapsed", topic = Topics.APPEALS)
public record ChallengeWindowLapsed(EventMetadata metadata, UUID decisionId, Window window, LocalDate lastDay) implements DomainEvent {

    public enum Window { RECONSIDERATION, APPEAL }
}
