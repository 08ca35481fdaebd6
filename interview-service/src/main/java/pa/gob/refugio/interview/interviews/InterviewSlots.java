package pa.gob.refugio.interview.interviews;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.LocalDate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pa.gob.refugio.kit.calendar.SiteCalendars;
import pa.gob.refugio.rules.calendar.BusinessCalendar;
import pa.gob.refugio.rules.office.OfficeHours;

/** Opens a {@link SlotPlanner} for a site, with the configured slot length and daily capacity. */
@ApplicationScoped
public class InterviewSlots {

    private final InterviewCaseRepository cases;
    private final SiteCalendars calendars;
    private final Duration slotLength;
    private final int dailyCapacity;

    public InterviewSlots(InterviewCaseRepository cases, SiteCalendars calendars,
                          @ConfigProperty(name = "refugio.interviews.slot-minutes", defaultValue = "60") int slotMinutes,
                          @ConfigProperty(name = "refugio.interviews.daily-capacity", defaultValue = "8")
                          int dailyCapacity) {
        this.cases = cases;
        this.calendars = calendars;
        this.slotLength = Duration.ofMinutes(slotMinutes);
        this.dailyCapacity = dailyCapacity;
    }

    /**
     * A planner for bookings at {@code site} from the business day after {@code today}; takes the site's booking
     * lock for the rest of the caller's transaction.
     */
    SlotPlanner at(String site, LocalDate today) {
        cases.lockSite(site);
        SiteCalendars.Snapshot now = calendars.now(); // the one calendar: the site's closures and hours per weekday
        BusinessCalendar calendar = now.calendarAt(site);
        return new SlotPlanner(calendar, hours(now, site), slotLength, dailyCapacity,
                cases.bookedSlots(site, calendar.nextBusinessDayAfter(today).atStartOfDay()));
    }

    /** The site's hours per weekday from the one calendar (Balboa 07:00–16:00; Metetí and the ETRMs from 08:00). */
    OfficeHours hours(SiteCalendars.Snapshot now, String site) {
        return now.hoursAt(site);
    }
}
