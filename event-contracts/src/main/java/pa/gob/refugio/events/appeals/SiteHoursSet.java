package pa.gob.refugio.events.appeals;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.EventType;
import pa.gob.refugio.events.Topics;

/**
 * The opening hours of an intake site per weekday, as operators set them (a weekday not listed is closed). Replaces
 * the site's previous hours. {@code site} is the code (e.g. {@code METETI}), {@code name} the display name
 * services receive in {@code ApplicationRegistered.intakeSite} (e.g. "ONPAR Metetí").
 */
@EventType(name = "SiteHoursSet", topic = Topics.APPEALS)
public record SiteHoursSet(EventMetadata metadata, String site, String name, List<Day> week) implements DomainEvent {

    public record Day(DayOfWeek day, LocalTime opens, LocalTime closes) {
    }
}
