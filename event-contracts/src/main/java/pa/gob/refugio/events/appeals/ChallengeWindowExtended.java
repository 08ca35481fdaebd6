package pa.gob.refugio.events.appeals;

import java.time.LocalDate;
import java.util.UUID;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.EventType;
import pa.gob.refugio.events.Topics;

/** A closure of public offices decreed after an open window started pushed its last day to {@code lastDay}. */
@EventType(name = "ChallengeWindowExtended", topic = Topics.APPEALS)
public record ChallengeWindowExtended(EventMetadata metadata, UUID decisionId, ChallengeWindowLapsed.Window window,
                                      LocalDate previousLastDay, LocalDate lastDay, LocalDate closureDate)
        implements DomainEvent {
}
