package pa.gob.refugio.interview.capacity;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pa.gob.refugio.kit.calendar.SiteCalendars;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.kit.problem.Texts;
import pa.gob.refugio.rules.office.OfficeHours;

/**
 * The capacity of every site, as operators maintain it. A site events name that is not in the table (a site added
 * in registration-service and not yet here) holds {@code refugio.interviews.daily-capacity} interviews Monday to
 * Friday and holds no slots for children, until an operator sets its capacity. Which days a site opens and for how
 * long is the one calendar's business ({@link SiteCalendars}); capacity only limits how many interviews are booked.
 */
@ApplicationScoped
public class Capacities implements PanacheRepositoryBase<InterviewSite, String> {

    private final Clock clock;
    private final SiteCalendars calendars;
    private final int defaultDailyCapacity;
    private final Duration slotLength;

    public Capacities(Clock clock, SiteCalendars calendars,
                      @ConfigProperty(name = "refugio.interviews.daily-capacity", defaultValue = "8")
                      int defaultDailyCapacity,
                      @ConfigProperty(name = "refugio.interviews.slot-minutes", defaultValue = "60") int slotMinutes) {
        this.clock = clock;
        this.calendars = calendars;
        this.defaultDailyCapacity = defaultDailyCapacity;
        this.slotLength = Duration.ofMinutes(slotMinutes);
    }

    /** The capacity of the site an event names (by name or code, ignoring case). */
    public WeeklyCapacity capacityAt(String site) {
        return find(site).map(InterviewSite::capacity).orElseGet(() -> WeeklyCapacity.weekdays(defaultDailyCapacity));
    }

    /** The site known by that code or name (ignoring case). */
    public Optional<InterviewSite> find(String codeOrName) {
        String wanted = codeOrName.strip().toLowerCase(Locale.ROOT);
        return find("lower(code) = ?1 or lower(name) = ?1", wanted).firstResultOptional();
    }

    @Transactional
    public List<SiteCapacityView> list() {
        return listAll().stream().sorted(Comparator.comparing(InterviewSite::code))
                .map(s -> SiteCapacityView.of(s, slotsPerDay(s.name()))).toList();
    }

    @Transactional
    public SiteCapacityView view(String code) {
        InterviewSite site = findByIdOptional(code).orElseThrow(() -> ProblemException.notFound("Site", code));
        return SiteCapacityView.of(site, slotsPerDay(site.name()));
    }

    /**
     * Sets a site's capacity (creating the site if new). 422 {@code not-a-business-day} for interviews on a
     * weekend, {@code capacity-exceeds-office-hours} for more interviews than slots fit in a day; 409
     * {@code site-name-taken} if another site has the name.
     */
    @Transactional
    public SiteCapacityView save(String code, SiteCapacityRequest request, String officer) {
        String name = request.name() == null ? null : request.name().strip();
        if (name != null) {
            find("lower(name) = ?1 and code <> ?2", name.toLowerCase(Locale.ROOT), code).firstResultOptional()
                    .ifPresent(other -> {
                        throw ProblemException.conflict("site-name-taken",
                                Texts.of("Nombre de sede ya usado", "Site name taken"),
                                Texts.of("El nombre " + name + " pertenece a la sede " + other.code(),
                                        "The name " + name + " belongs to site " + other.code()));
                    });
        }
        InterviewSite site = findByIdOptional(code).orElse(null);
        if (site == null) {
            site = InterviewSite.create(code, name != null ? name : code);
            persist(site);
        }
        SiteCalendars.Snapshot calendar = calendars.now();
        OfficeHours hours = calendar.hoursAt(code, calendar.hoursAt(name != null ? name : site.name()));
        int fits = hours.slotsPerDay(slotLength);
        for (Map.Entry<DayOfWeek, Integer> e : request.interviews().entrySet()) {
            if ((e.getKey() == DayOfWeek.SATURDAY || e.getKey() == DayOfWeek.SUNDAY) && e.getValue() > 0) {
                throw ProblemException.ruleViolated("not-a-business-day",
                        Texts.of("Entrevistas solo en días hábiles", "Interviews only on business days"),
                        Texts.of(e.getKey() + " no es día hábil; indique 0 u omítalo",
                                e.getKey() + " is not a business day; give it 0 or leave it out")).with("weekday",
                        e.getKey().name());
            }
            OfficeHours.Opening opening = hours.week().get(e.getKey());
            int fitsThatDay = opening == null ? 0 : (int) (opening.minutes() / slotLength.toMinutes());
            if (e.getValue() > fitsThatDay) {
                throw ProblemException.ruleViolated("capacity-exceeds-office-hours",
                                Texts.of("Más entrevistas que turnos", "More interviews than slots"),
                                Texts.of(e.getKey() + ": " + e.getValue() + " entrevistas, pero solo caben "
                                                + fitsThatDay + " turnos de " + slotLength.toMinutes()
                                                + " minutos en el horario de atención",
                                        e.getKey() + ": " + e.getValue() + " interviews, but only " + fitsThatDay
                                                + " slots of " + slotLength.toMinutes()
                                                + " minutes fit in the office hours"))
                        .with("weekday", e.getKey().name()).with("slotsPerDay", fitsThatDay);
            }
        }
        int childrenSlots = request.childrenSlots() == null ? 0 : request.childrenSlots();
        site.change(name, new WeeklyCapacity(request.interviews(), childrenSlots), officer, clock.instant());
        flush();
        return SiteCapacityView.of(site, fits);
    }

    /** Slots that fit in the site's longest day, from the one calendar's site hours (standard hours if unknown). */
    private int slotsPerDay(String siteName) {
        return calendars.now().hoursAt(siteName).slotsPerDay(slotLength);
    }
}
