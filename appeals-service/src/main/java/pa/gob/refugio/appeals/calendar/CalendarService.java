package pa.gob.refugio.appeals.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.Time;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.Trace;
import pa.gob.refugio.events.appeals.CalendarEvents;
import pa.gob.refugio.events.appeals.ClosureDecreed;
import pa.gob.refugio.events.appeals.ClosureRevoked;
import pa.gob.refugio.events.appeals.SiteHoursSet;
import pa.gob.refugio.kit.calendar.CalendarReplica;
import pa.gob.refugio.kit.calendar.SiteCalendars;
import pa.gob.refugio.kit.outbox.Outbox;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.kit.problem.Texts;
import pa.gob.refugio.rules.calendar.BusinessCalendar;
import pa.gob.refugio.rules.calendar.Closure;
import pa.gob.refugio.rules.office.OfficeHours;

/**
 * The one calendar's owner: operators decree and revoke closures and set site hours here. Each change is written to
 * this service's calendar tables (the kit's, through {@link CalendarReplica}, so the owner counts exactly as the
 * replicas do) and published on appeals.events in the same transaction (outbox), for every service's replica.
 */
@ApplicationScoped
public class CalendarService {

    private static final Texts INVALID_HOURS = Texts.of("Horario de atención no válido", "Invalid office hours");

    private final EntityManager em;
    private final CalendarReplica replica;
    private final SiteCalendars calendars;
    private final Outbox outbox;
    private final Event<ClosureAdded> closureAdded;
    private final Clock clock;

    public CalendarService(EntityManager em, CalendarReplica replica, SiteCalendars calendars, Outbox outbox,
                           Event<ClosureAdded> closureAdded, Clock clock) {
        this.em = em;
        this.replica = replica;
        this.calendars = calendars;
        this.outbox = outbox;
        this.closureAdded = closureAdded;
        this.clock = clock;
    }

    /**
     * Records a decreed closure and publishes it; open windows it falls into are extended in the same transaction
     * (see {@link ClosureAdded}). 422 for an unknown site, 409 if the same closure (date and sites) is recorded.
     */
    @Transactional
    public CalendarView.ClosureView addClosure(Closure closure, String operator, Trace trace) {
        SiteCalendars.Snapshot now = calendars.now();
        List<String> unknown = closure.sites().stream().filter(s -> now.siteCode(s).isEmpty()).sorted().toList();
        if (!unknown.isEmpty()) {
            throw ProblemException.ruleViolated("unknown-site", Texts.of("Sede desconocida", "Unknown site"),
                    Texts.of("No hay ninguna sede de registro con el código " + String.join(", ", unknown),
                            "No intake site with code " + String.join(", ", unknown)))
                    .with("knownSites", List.copyOf(now.siteNames().keySet()));
        }
        boolean same = stored().stream().anyMatch(c -> c.date().equals(closure.date())
                && Set.copyOf(c.sites()).equals(closure.sites()));
        if (same) {
            String sites = String.join(", ", closure.sites().stream().sorted().toList());
            throw ProblemException.conflict("closure-exists",
                    Texts.of("Cierre ya registrado", "Closure already recorded"),
                    Texts.of("Ya está registrado un cierre el " + closure.date()
                                    + (closure.isNational() ? " (nacional)" : " para " + sites),
                            "A closure on " + closure.date() + (closure.isNational() ? " (national)" : " for " + sites)
                                    + " is already recorded")).with("date", closure.date().toString());
        }
        ClosureDecreed decreed = new ClosureDecreed(meta(ClosureDecreed.class, trace), UUID.randomUUID(),
                closure.date(), closure.reason(), closure.legalSource(), closure.sites().stream().sorted().toList(),
                closure.from());
        replica.apply(decreed);
        outbox.publish(decreed);
        em.flush();
        closureAdded.fire(new ClosureAdded(closure, trace));
        return view(decreed.closureId(), closure);
    }

    /**
     * Revokes a closure (recorded by mistake, or revoked by a later decree). Windows already extended by it keep
     * their later last day: a deadline once given to a person is never shortened.
     */
    @Transactional
    public CalendarView.ClosureView revokeClosure(UUID closureId, String legalSource, Trace trace) {
        CalendarView.ClosureView closure = stored().stream().filter(c -> c.closureId().equals(closureId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Closure", closureId));
        ClosureRevoked revoked = new ClosureRevoked(meta(ClosureRevoked.class, trace), closureId, closure.date(),
                legalSource);
        replica.apply(revoked);
        outbox.publish(revoked);
        return closure;
    }

    /** Sets a site's hours per weekday (creating the site if new) and publishes them. */
    @Transactional
    public CalendarView.SiteView setSiteHours(String code, String name, List<CalendarView.DayHours> week,
                                              Trace trace) {
        String c = code.strip().toUpperCase(Locale.ROOT);
        Set<DayOfWeek> days = new HashSet<>();
        for (CalendarView.DayHours d : week) {
            if (!days.add(d.day())) {
                throw ProblemException.ruleViolated("invalid-office-hours", INVALID_HOURS,
                        Texts.of(d.day() + " aparece dos veces", d.day() + " is listed twice"));
            }
            if (!d.opens().isBefore(d.closes())) {
                throw ProblemException.ruleViolated("invalid-office-hours", INVALID_HOURS,
                        Texts.of(c + " debe abrir antes de cerrar el " + d.day() + ": " + d.opens() + "–" + d.closes(),
                                c + " must open before it closes on " + d.day() + ": " + d.opens() + "–"
                                        + d.closes()));
            }
        }
        String displayName = name == null || name.isBlank()
                ? calendars.now().siteNames().getOrDefault(c, c) : name.strip();
        SiteHoursSet set = new SiteHoursSet(meta(SiteHoursSet.class, trace), c, displayName,
                week.stream().sorted(Comparator.comparing(CalendarView.DayHours::day))
                        .map(d -> new SiteHoursSet.Day(d.day(), d.opens(), d.closes())).toList());
        replica.apply(set);
        outbox.publish(set);
        return sites().stream().filter(s -> s.code().equals(c)).findFirst().orElseThrow();
    }

    /**
     * Publishes the whole calendar again (every closure in force, every site's hours), e.g. for a service added
     * later or after the upgrade that moved the closures to the one calendar. Replicas apply it idempotently.
     */
    @Transactional
    public int republish(Trace trace) {
        int n = 0;
        for (CalendarView.ClosureView c : stored()) {
            outbox.publish(new ClosureDecreed(meta(ClosureDecreed.class, trace), c.closureId(), c.date(), c.reason(),
                    c.legalSource(), c.sites(), c.from()));
            n++;
        }
        for (CalendarView.SiteView s : sites()) {
            outbox.publish(new SiteHoursSet(meta(SiteHoursSet.class, trace), s.code(), s.name(),
                    s.week().stream().map(d -> new SiteHoursSet.Day(d.day(), d.opens(), d.closes())).toList()));
            n++;
        }
        return n;
    }

    /** A year: holidays and closures, as counted at {@code site} (code or name) or, without one, every closure. */
    @Transactional
    public CalendarView year(int year, String site) {
        SiteCalendars.Snapshot now = calendars.now();
        String code = null;
        if (site != null && !site.isBlank()) {
            code = now.siteCode(site).orElseThrow(() -> ProblemException.notFound("Intake site", site));
        }
        BusinessCalendar c = now.calendarAt(code);
        String siteCode = code;
        return new CalendarView(year, code, c.flagDayObserved(),
                c.holidaysOf(year).stream().map(h -> new CalendarView.HolidayView(h.date(), h.name(), h.englishName(),
                        h.movedFrom(), h.reason())).toList(),
                stored().stream().filter(cl -> cl.date().getYear() == year)
                        .filter(cl -> siteCode == null || cl.sites().isEmpty() || cl.sites().contains(siteCode))
                        .toList());
    }

    /** Every site with its hours per weekday. */
    @Transactional
    public List<CalendarView.SiteView> sites() {
        SiteCalendars.Snapshot now = calendars.now();
        return now.siteNames().entrySet().stream().map(e -> {
            OfficeHours h = now.hours().get(e.getKey());
            List<CalendarView.DayHours> week = h == null ? List.of() : h.week().entrySet().stream()
                    .map(d -> new CalendarView.DayHours(d.getKey(), d.getValue().opens(), d.getValue().closes()))
                    .toList();
            return new CalendarView.SiteView(e.getKey(), e.getValue(), week);
        }).toList();
    }

    /** The closures in force, with their ids, by date. */
    private List<CalendarView.ClosureView> stored() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select closure_id, closure_date, reason, legal_source, sites,"
                + " closes_from from kit_calendar_closure where not revoked order by closure_date").getResultList();
        return rows.stream().map(r -> {
            String sites = (String) r[4];
            LocalDate date = r[1] instanceof Date d ? d.toLocalDate() : (LocalDate) r[1];
            LocalTime from = r[5] == null ? null : r[5] instanceof Time t ? t.toLocalTime() : (LocalTime) r[5];
            Closure closure = new Closure(date, (String) r[2], (String) r[3],
                    sites == null || sites.isBlank() ? Set.of() : Set.copyOf(Arrays.asList(sites.split(","))), from);
            return view((UUID) r[0], closure);
        }).toList();
    }

    private static CalendarView.ClosureView view(UUID id, Closure c) {
        return new CalendarView.ClosureView(id, c.date(), c.reason(), c.legalSource(),
                c.sites().stream().sorted().toList(), c.from(), c.describe());
    }

    private EventMetadata meta(Class<? extends DomainEvent> type, Trace trace) {
        return EventMetadata.create(type, CalendarEvents.STREAM_ID, trace, Instant.now(clock));
    }

    /** A closure was stored (CDI event, synchronous, inside the storing transaction). */
    public record ClosureAdded(Closure closure, Trace trace) {
    }
}
