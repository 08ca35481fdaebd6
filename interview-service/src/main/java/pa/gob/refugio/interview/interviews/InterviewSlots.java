package pa.gob.refugio.interview.interviews;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pa.gob.refugio.interview.capacity.Capacities;
import pa.gob.refugio.kit.calendar.SiteCalendars;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.kit.problem.Texts;
import pa.gob.refugio.rules.calendar.BusinessCalendar;
import pa.gob.refugio.rules.office.OfficeHours;

/**
 * Opens a {@link SlotPlanner} for a site, with the configured slot length, the one calendar's closures (whole and
 * half days) and site hours per weekday ({@link SiteCalendars}, the kit's replica of appeals-service's calendar), the
 * site's capacity per weekday (data operators maintain, {@link Capacities}) and the booking horizon: no interview is
 * booked more than {@code refugio.interviews.booking-horizon-days} days ahead; a case that does not fit waits on the
 * waiting list.
 */
@ApplicationScoped
public class InterviewSlots {

    private final InterviewCaseRepository cases;
    private final Capacities capacities;
    private final SiteCalendars calendars;
    private final Duration slotLength;
    private final int horizonDays;

    public InterviewSlots(InterviewCaseRepository cases, Capacities capacities, SiteCalendars calendars,
                          @ConfigProperty(name = "refugio.interviews.slot-minutes", defaultValue = "60") int slotMinutes,
                          @ConfigProperty(name = "refugio.interviews.booking-horizon-days", defaultValue = "90")
                          int horizonDays) {
        this.cases = cases;
        this.capacities = capacities;
        this.calendars = calendars;
        this.slotLength = Duration.ofMinutes(slotMinutes);
        this.horizonDays = horizonDays;
    }

    /**
     * A planner for bookings at {@code site} from the business day after {@code today} up to the horizon; takes the
     * site's booking lock for the rest of the caller's transaction.
     */
    SlotPlanner at(String site, LocalDate today) {
        cases.lockSite(site);
        SiteCalendars.Snapshot now = calendars.now(); // the one calendar: the site's closures and hours per weekday
        BusinessCalendar calendar = now.calendarAt(site);
        LocalDate lastDay = lastDay(today);
        return new SlotPlanner(calendar, hours(now, site), slotLength, capacities.capacityAt(site), lastDay,
                cases.bookedSlots(site, calendar.nextBusinessDayAfter(today).atStartOfDay(),
                        lastDay.plusDays(1).atStartOfDay()));
    }

    /**
     * The first free slot from the business day after {@code today} for a case of that priority (reschedule,
     * extension: an officer is waiting for the answer); 422 {@code no-free-slot} when the site is full up to the
     * horizon (operators add capacity).
     */
    LocalDateTime bookOrRefuse(SlotPlanner planner, String site, LocalDate today, Priority priority) {
        return planner.tryBook(firstDay(site, today), priority).orElseThrow(() ->
                ProblemException.ruleViolated("no-free-slot",
                                Texts.of("No hay turno de entrevista libre", "No free interview slot"),
                                Texts.of("No hay ningún turno de entrevista libre en " + site + " hasta el "
                                                + lastDay(today) + "; operaciones puede añadir capacidad"
                                                + " (PUT /api/v1/sites/{code}/capacity)",
                                        "No interview slot is free at " + site + " up to " + lastDay(today)
                                                + "; operations can add capacity (PUT /api/v1/sites/{code}/capacity)"))
                        .with("site", site).with("lastDay", lastDay(today).toString()));
    }

    /** The business day after {@code today} on the site's calendar (national closures and the site's own). */
    LocalDate firstDay(String site, LocalDate today) {
        return calendars.at(site).nextBusinessDayAfter(today);
    }

    private LocalDate lastDay(LocalDate today) {
        return today.plusDays(horizonDays);
    }

    /** The site's hours per weekday from the one calendar (Balboa 07:00–16:00; Metetí and the ETRMs from 08:00). */
    OfficeHours hours(SiteCalendars.Snapshot now, String site) {
        return now.hoursAt(site);
    }
}
