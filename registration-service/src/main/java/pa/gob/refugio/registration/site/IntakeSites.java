package pa.gob.refugio.registration.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.kit.calendar.SiteCalendars;

/** The intake sites operators maintain, and the booking of registration interviews at them. */
@ApplicationScoped
public class IntakeSites {

    private final IntakeSiteRepository sites;
    private final SiteCalendars calendars;
    private final Clock clock;
    private final int leadBusinessDays;

    public IntakeSites(IntakeSiteRepository sites, SiteCalendars calendars, Clock clock,
                       @ConfigProperty(name = "refugio.registration.interview-lead-business-days", defaultValue = "1")
                       int leadBusinessDays) {
        this.sites = sites;
        this.calendars = calendars;
        this.clock = clock;
        this.leadBusinessDays = leadBusinessDays;
    }

    @Transactional
    public List<IntakeSiteView> list() {
        return sites.listAll().stream().sorted(Comparator.comparing(IntakeSite::code))
                .map(IntakeSiteView::of).toList();
    }

    /** Creates or updates each site given; sites not named are left as they are (deactivate with active=false). */
    @Transactional
    public List<IntakeSiteView> save(List<IntakeSiteView> updates) {
        for (IntakeSiteView u : updates) {
            sites.find("lower(name) = ?1 and code <> ?2", u.name().strip().toLowerCase(java.util.Locale.ROOT), u.code())
                    .firstResultOptional().ifPresent(other -> {
                        throw ProblemException.conflict("intake-site-name-taken", "Intake site name taken",
                                "The name " + u.name() + " belongs to site " + other.code());
                    });
            IntakeSite site = sites.findByIdOptional(u.code()).orElseGet(() -> IntakeSite.create(u.code()));
            site.update(u.name(), u.opens(), u.closes(), u.slotMinutes(), u.dailyCapacity(),
                    u.active() == null || u.active());
            if (!sites.isPersistent(site)) {
                sites.persist(site);
            }
        }
        sites.flush();
        return list();
    }

    /** The active site (by code or name), locked while its next slot is booked; 422 if unknown. */
    @Transactional(Transactional.TxType.MANDATORY)
    public IntakeSite lockForBooking(String codeOrName) {
        return sites.findActiveForBooking(codeOrName).orElseThrow(() -> ProblemException.ruleViolated(
                "unknown-intake-site", "Unknown intake site", "No active intake site named " + codeOrName)
                .with("knownSites", sites.list("active = true").stream().map(IntakeSite::name).sorted().toList()));
    }

    /** The next free registration-interview slot at a site locked by {@link #lockForBooking}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public LocalDateTime nextFreeSlot(IntakeSite site) {
        LocalDate today = LocalDate.now(clock);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = sites.getEntityManager().createNativeQuery(
                        "select cast(interview_at as date), count(*) from application "
                                + "where interview_site = ?1 and interview_at >= ?2 group by 1")
                .setParameter(1, site.code()).setParameter(2, today.atStartOfDay()).getResultList();
        Map<LocalDate, Integer> booked = new HashMap<>();
        for (Object[] row : rows) {
            LocalDate day = row[0] instanceof Date d ? d.toLocalDate() : (LocalDate) row[0];
            booked.put(day, ((Number) row[1]).intValue());
        }
        try {
            // the one calendar: the site's closures (whole and half days) and its hours per weekday (the site's own
            // opens/closes only for a site the calendar does not know yet)
            SiteCalendars.Snapshot calendar = calendars.now();
            return RegistrationInterviewSlot.next(calendar.calendarAt(site.code()),
                    calendar.hoursAt(site.code(), site.officeHours()),
                    site.slotMinutes(),
                    site.dailyCapacity(), today, leadBusinessDays, booked);
        } catch (IllegalStateException e) {
            throw new ProblemException(503, "no-interview-slot", "No registration interview slot",
                    e.getMessage());
        }
    }
}
