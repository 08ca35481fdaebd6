package pa.gob.refugio.kit.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.Time;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pa.gob.refugio.rules.calendar.BusinessCalendar;
import pa.gob.refugio.rules.calendar.Closure;
import pa.gob.refugio.rules.deadline.Deadlines;
import pa.gob.refugio.rules.office.OfficeHours;

/**
 * The one calendar, as every service counts it: Panama's statutory holidays ({@code procedure-rules}) plus the
 * decreed closures and site hours of this service's replica of appeals-service's calendar. Read from the database
 * on each call (a few small tables), so every instance honours a closure as soon as the replica has it.
 * <pre>{@code
 * Deadlines d = calendars.deadlinesAt("BALBOA");          // or calendars.deadlinesForCase(caseId)
 * OfficeHours h = calendars.now().hoursAt("ONPAR Metetí"); // a site by code or by name
 * }</pre>
 * Use one {@link Snapshot} per use case when several look-ups must agree.
 */
@ApplicationScoped
public class SiteCalendars {

    private final EntityManager em;
    private final boolean flagDayObserved;
    private final int reconsiderationDays;
    private final int appealDays;
    private final int filingMonths;

    public SiteCalendars(EntityManager em,
                         @ConfigProperty(name = "refugio.calendar.flag-day-observed", defaultValue = "true")
                         boolean flagDayObserved,
                         @ConfigProperty(name = "refugio.deadlines.reconsideration-business-days", defaultValue = "5")
                         int reconsiderationDays,
                         @ConfigProperty(name = "refugio.deadlines.appeal-business-days", defaultValue = "5")
                         int appealDays,
                         @ConfigProperty(name = "refugio.deadlines.filing-months", defaultValue = "6")
                         int filingMonths) {
        this.em = em;
        this.flagDayObserved = flagDayObserved;
        this.reconsiderationDays = reconsiderationDays;
        this.appealDays = appealDays;
        this.filingMonths = filingMonths;
    }

    /** The calendar as it stands now: every closure in force, every site's hours. */
    @Transactional
    public Snapshot now() {
        List<Closure> closures = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select closure_date, reason, legal_source, sites, closes_from"
                + " from kit_calendar_closure where not revoked order by closure_date").getResultList();
        for (Object[] r : rows) {
            String sites = (String) r[3];
            closures.add(new Closure(date(r[0]), (String) r[1], (String) r[2],
                    sites == null || sites.isBlank() ? Set.of() : Set.copyOf(Arrays.asList(sites.split(","))),
                    time(r[4])));
        }
        Map<String, String> names = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> siteRows = em.createNativeQuery("select code, name from kit_site order by code").getResultList();
        siteRows.forEach(r -> names.put((String) r[0], (String) r[1]));
        Map<String, Map<DayOfWeek, OfficeHours.Opening>> weeks = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> hourRows = em.createNativeQuery("select site, day_of_week, opens, closes from kit_site_hours")
                .getResultList();
        for (Object[] r : hourRows) {
            weeks.computeIfAbsent((String) r[0], k -> new EnumMap<>(DayOfWeek.class))
                    .put(DayOfWeek.of(((Number) r[1]).intValue()), new OfficeHours.Opening(time(r[2]), time(r[3])));
        }
        Map<String, OfficeHours> hours = new LinkedHashMap<>();
        names.forEach((code, name) -> {
            Map<DayOfWeek, OfficeHours.Opening> week = weeks.get(code);
            if (week != null && !week.isEmpty()) {
                hours.put(code, OfficeHours.weekly(name, week));
            }
        });
        BusinessCalendar calendar = BusinessCalendar.builder().flagDayObserved(flagDayObserved).closures(closures)
                .build();
        return new Snapshot(calendar, names, hours, reconsiderationDays, appealDays, filingMonths);
    }

    /** The site a case was registered at (its name or code as registered), if this service has seen it. */
    @Transactional
    public Optional<String> siteOfCase(UUID caseId) {
        @SuppressWarnings("unchecked")
        List<String> sites = em.createNativeQuery("select site from kit_case_site where case_id = ?1")
                .setParameter(1, caseId).getResultList();
        return sites.stream().findFirst();
    }

    /** The calendar of a site (code or name; unknown or null: the national calendar). */
    @Transactional
    public BusinessCalendar at(String site) {
        return now().calendarAt(site);
    }

    /** The legal deadlines counted on a site's calendar. */
    @Transactional
    public Deadlines deadlinesAt(String site) {
        return now().deadlinesAt(site);
    }

    /** The legal deadlines counted on the calendar of the case's intake site (national if not known here). */
    @Transactional
    public Deadlines deadlinesForCase(UUID caseId) {
        return now().deadlinesAt(siteOfCase(caseId).orElse(null));
    }

    /** The statutory calendar with the national closures (no site). */
    @Transactional
    public BusinessCalendar national() {
        return now().calendarAt(null);
    }

    private static LocalDate date(Object o) {
        return o instanceof Date d ? d.toLocalDate() : (LocalDate) o;
    }

    private static LocalTime time(Object o) {
        return o == null ? null : o instanceof Time t ? t.toLocalTime() : (LocalTime) o;
    }

    /** An immutable view of the calendar at one moment. */
    public record Snapshot(BusinessCalendar calendar, Map<String, String> siteNames, Map<String, OfficeHours> hours,
                           int reconsiderationDays, int appealDays, int filingMonths) {

        /** A site's code from its code or name (any case); empty if unknown. */
        public Optional<String> siteCode(String codeOrName) {
            if (codeOrName == null || codeOrName.isBlank()) {
                return Optional.empty();
            }
            String wanted = codeOrName.strip();
            return siteNames.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(wanted) || e.getValue().equalsIgnoreCase(wanted))
                    .map(Map.Entry::getKey).findFirst();
        }

        /** The calendar counted at a site (national closures and the site's own); national if unknown or null. */
        public BusinessCalendar calendarAt(String codeOrName) {
            return calendar.forSite(siteCode(codeOrName).orElse(null));
        }

        public Deadlines deadlinesAt(String codeOrName) {
            return new Deadlines(calendarAt(codeOrName), reconsiderationDays, appealDays, filingMonths);
        }

        /** A site's hours per weekday; ONPAR's standard hours (Mon–Fri 07:00–16:00) for a site the calendar lacks. */
        public OfficeHours hoursAt(String codeOrName) {
            return hoursAt(codeOrName, OfficeHours.standard(codeOrName));
        }

        /** A site's hours per weekday from the calendar, or {@code otherwise} for a site the calendar lacks. */
        public OfficeHours hoursAt(String codeOrName, OfficeHours otherwise) {
            return siteCode(codeOrName).map(hours::get).orElse(otherwise);
        }
    }
}
