package pa.gob.refugio.interview.interviews;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.LocalDate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pa.gob.refugio.rules.calendar.BusinessCalendar;
import pa.gob.refugio.rules.office.OfficeHours;

/** Opens a {@link SlotPlanner} for a site, with the configured slot length and daily capacity. */
@ApplicationScoped
public class InterviewSlots {

    private final InterviewCaseRepository cases;
    private final BusinessCalendar calendar;
    private final Duration slotLength;
    private final int dailyCapacity;

    public InterviewSlots(InterviewCaseRepository cases, BusinessCalendar calendar,
                          @ConfigProperty(name = "refugio.interviews.slot-minutes", defaultValue = "60") int slotMinutes,
                          @ConfigProperty(name = "refugio.interviews.daily-capacity", defaultValue = "8")
                          int dailyCapacity) {
        this.cases = cases;
        this.calendar = calendar;
        this.slotLength = Duration.ofMinutes(slotMinutes);
        this.dailyCapacity = dailyCapacity;
    }

    /**
     * A planner for bookings at {@code site} from the business day after {@code today}; takes the site's booking
     * lock for the rest of the caller's transaction.
     */
    SlotPlanner at(String site, LocalDate today) {
        cases.lockSite(site);
        return new SlotPlanner(calendar, hours(site), slotLength, dailyCapacity,
                cases.bookedSlots(site, calendar.nextBusinessDayAfter(today).atStartOfDay()));
    }

    /** Every intake site keeps ONPAR's standard hours, 07:00–16:00 on business days. */
    OfficeHours hours(String site) {
        return OfficeHours.standard(site);
    }
}
