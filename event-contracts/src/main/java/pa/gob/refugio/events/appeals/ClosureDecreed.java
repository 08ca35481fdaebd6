package pa.gob.refugio.events.appeals;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.EventType;
import pa.gob.refugio.events.Topics;

/**
 * Operators recorded a closure of public offices decreed by the Executive: national ({@code sites} empty) or for
 * the listed intake sites (codes, e.g. {@code BALBOA}), for the whole day ({@code from} null) or from a time on.
 * Public facts of a decree; {@code metadata.caseId} is {@link CalendarEvents#STREAM_ID}.
 */
@EventType(name = "ClosureDecreed", topic = Topics.APPEALS)
public record ClosureDecreed(EventMetadata metadata, UUID closureId, LocalDate date, String reason,
                             String legalSource, List<String> sites, LocalTime from) implements DomainEvent {
}
