package pa.gob.refugio.interview.interviews;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pa.gob.refugio.interview.capacity.Capacities;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.rules.calendar.BusinessCalendar;
import pa.gob.refugio.rules.office.OfficeHours;

/**
 * Opens a {@link SlotPlanner} for a site, with the configured slot length, the site's capacity per weekday (data
 * operators maintain, {@link Capacities}) and the booking horizon: no interview is booked more than
 * {@code refugio.interviews.booking-horizon-days} days ahead; a case that does not fit waits on the waiting list.
 */
@ApplicationScoped
public class InterviewSlots {

    private final InterviewCaseRepository cases;
    private final Capacities capacities;
    private final BusinessCalendar calendar;
    private final Duration slotLength;
    private final int horizonDays;

    public InterviewSlots(InterviewCaseRepository cases, Capacities capacities, BusinessCalendar calendar,
                          @ConfigProperty(name = "refugio.interviews.slot-minutes", defaultValue = "60") int slotMinutes,
                          @ConfigProperty(name = "refugio.interviews.booking-horizon-days", defaultValue = "90")
                          int horizonDays) {
        this.cases = cases;
        this.capacities = capacities;
        this.calendar = calendar;
        this.slotLength = Duration.ofMinutes(slotMinutes);
        this.horizonDays = horizonDays;
    }

    /**
     * A planner for bookings at {@code site} from the business day after {@code today} up to the horizon; takes the
     * site's booking lock for the rest of the caller's transaction.
     */
    SlotPlanner at(String site, LocalDate today) {
        cases.lockSite(site);
        LocalDate lastDay = lastDay(today);
        return new SlotPlanner(calendar, hours(site), slotLength, capacities.capacityAt(site), lastDay,
                cases.bookedSlots(site, calendar.nextBusinessDayAfter(today).atStartOfDay(),
                        lastDay.plusDays(1).atStartOfDay()));
    }

    /**
     * The first free slot from the business day after {@code today} for a case of that priority (reschedule,
     * extension: an officer is waiting for the answer); 422 {@code no-free-slot} when the site is full up to the
     * horizon (operators add capacity).
     */
    LocalDateTime bookOrRefuse(SlotPlanner planner, String site, LocalDate today, Priority priority) {
        return planner.tryBook(calendar.nextBusinessDayAfter(today), priority).orElseThrow(() ->
                ProblemException.ruleViolated("no-free-slot", "No free interview slot",
                                "No interview slot is free at " + site + " up to " + lastDay(today)
                                        + "; operations can add capacity (PUT /api/v1/sites/{code}/capacity)")
                        .with("site", site).with("lastDay", lastDay(today).toString()));
    }

    LocalDate firstDay(LocalDate today) {
        return calendar.nextBusinessDayAfter(today);
    }

    private LocalDate lastDay(LocalDate today) {
        return today.plusDays(horizonDays);
    }

    /** Every intake site keeps ONPAR's standard hours, 07:00–16:00 on business days. */
    OfficeHours hours(String site) {
        return OfficeHours.standard(site);
    }
}
