package pa.gob.refugio.appeals.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import pa.gob.refugio.kit.calendar.SiteCalendars;
import pa.gob.refugio.rules.calendar.BusinessCalendar;
import pa.gob.refugio.rules.deadline.Deadlines;

/**
 * The calendar this service counts windows on: the one calendar (service-kit {@link SiteCalendars}: statutory
 * holidays, decreed closures, site hours), which this service owns and writes ({@link CalendarService}). A window is
 * counted on the calendar of the case's intake site, so a closure for Balboa moves only Balboa's windows.
 */
@ApplicationScoped
public class AppealsCalendar {

    private final SiteCalendars calendars;

    public AppealsCalendar(SiteCalendars calendars) {
        this.calendars = calendars;
    }

    /** The national calendar (national closures only). */
    @Transactional
    public BusinessCalendar calendar() {
        return calendars.national();
    }

    /** Deadlines on the national calendar. */
    @Transactional
    public Deadlines deadlines() {
        return calendars.now().deadlinesAt(null);
    }

    /** Deadlines on the calendar of the case's intake site (national if the case's site is not known here). */
    @Transactional
    public Deadlines deadlinesForCase(UUID caseId) {
        return calendars.deadlinesForCase(caseId);
    }
}
