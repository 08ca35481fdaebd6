package pa.gob.refugio.events.appeals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import pa.gob.refugio.events.DomainEvent;

/**
 * The calendar's events (appeals-service owns the calendar: decreed closures and site hours). They concern no
 * asylum case: their {@code caseId} is {@link #STREAM_ID}, so they share one Kafka key and stay in order. Consumers
 * of case events on {@code appeals.events} skip them; the kit's calendar replica applies them.
 */
public final class CalendarEvents {

    /** The "case id" of every calendar event: a fixed name-based UUID, never an asylum case. */
    public static final UUID STREAM_ID = UUID.nameUUIDFromBytes("refugio:calendar".getBytes(StandardCharsets.UTF_8));

    public static final List<Class<? extends DomainEvent>> ALL = List.of(
            ClosureDecreed.class, ClosureRevoked.class, SiteHoursSet.class);

    /** Whether an event type is a calendar event (not about a case). */
    public static boolean isCalendarEvent(Class<? extends DomainEvent> type) {
        return ALL.contains(type);
    }

    private CalendarEvents() {
    }
}
