package pa.gob.refugio.rules.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;

/**
 * Panama's business-day calendar. Immutable and thread-safe.
 * <p>
 * A business day is a Monday to Friday that is neither a national holiday ({@link PanamaHolidays}), nor
 * Flag Day (4 November) when {@linkplain #flagDayObserved() observed}, nor a whole-day {@link Closure} that applies.
 * <p>
 * A calendar holds every closure (national and per site) and counts for one {@linkplain #site() site}: the
 * national view ({@code site} null, from {@link #panama()} or the builder) honours national closures only;
 * {@link #forSite(String)} gives a site's view, which also honours the closures listing that site. A half-day
 * closure never makes a non-business day; it makes the office {@linkplain #closesEarlyOn(LocalDate) close early}.
 * <pre>{@code
 * BusinessCalendar calendar = BusinessCalendar.builder()
 *         .flagDayObserved(true)
 *         .closure(new Closure(LocalDate.of(2027, 2, 8), "Lunes de Carnaval (Carnival Monday)",
 *                 "Decreto Ejecutivo 12 de 2027"))
 *         .build();
 * }</pre>
 */
public final class BusinessCalendar {

    /** Default for the 4 November option: widely observed, though its legal status is unsure. */
    public static final boolean DEFAULT_FLAG_DAY_OBSERVED = true;

    private final boolean flagDayObserved;
    private final String site;
    private final Map<LocalDate, List<Closure>> closuresByDate;
    private final List<Closure> closures;
    /** Derived, lazily filled cache of holidays per year; does not affect the calendar's value. */
    private final ConcurrentMap<Integer, Map<LocalDate, List<Holiday>>> holidaysByYear = new ConcurrentHashMap<>();

    private BusinessCalendar(boolean flagDayObserved, String site, Collection<Closure> closures) {
        this.flagDayObserved = flagDayObserved;
        this.site = site == null || site.isBlank() ? null : site.strip().toUpperCase(java.util.Locale.ROOT);
        Map<LocalDate, List<Closure>> byDate = new TreeMap<>();
        for (Closure c : closures) {
            byDate.computeIfAbsent(Objects.requireNonNull(c, "closure").date(), d -> new ArrayList<>()).add(c);
        }
        byDate.replaceAll((d, list) -> List.copyOf(list));
        this.closuresByDate = Collections.unmodifiableMap(byDate);
        this.closures = byDate.values().stream().flatMap(List::stream).toList();
    }

    /** The default calendar: national holidays, Flag Day observed, no closures. */
    public static BusinessCalendar panama() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder pre-filled with this calendar's settings and closures. */
    public Builder toBuilder() {
        return new Builder().flagDayObserved(flagDayObserved).site(site).closures(closures);
    }

    /** This calendar as counted at a site (its code, e.g. {@code BALBOA}): national and that site's closures. */
    public BusinessCalendar forSite(String siteCode) {
        return toBuilder().site(siteCode).build();
    }

    /** The national view: national closures only. */
    public BusinessCalendar national() {
        return forSite(null);
    }

    /** The site this calendar counts for, if any (a site code). */
    public Optional<String> site() {
        return Optional.ofNullable(site);
    }

    /** A copy of this calendar with one more closure. */
    public BusinessCalendar withClosure(Closure closure) {
        return toBuilder().closure(closure).build();
    }

    /** A copy of this calendar with the 4 November option set. */
    public BusinessCalendar withFlagDayObserved(boolean observed) {
        return toBuilder().flagDayObserved(observed).build();
    }

    /** Whether 4 November (Día de la Bandera) counts as a holiday. */
    public boolean flagDayObserved() {
        return flagDayObserved;
    }

    /** All one-off closures (national and of any site), sorted by date. */
    public List<Closure> closures() {
        return closures;
    }

    /** The closures on a date that apply to this calendar's site (whole-day and half-day; usually none or one). */
    public List<Closure> closuresOn(LocalDate date) {
        List<Closure> all = closuresByDate.getOrDefault(Objects.requireNonNull(date, "date"), List.of());
        if (all.isEmpty()) {
            return all;
        }
        return all.stream().filter(c -> c.appliesTo(site)).toList();
    }

    /** The time offices close on a date because of a half-day closure that applies here (earliest if several). */
    public Optional<java.time.LocalTime> closesEarlyOn(LocalDate date) {
        return closuresOn(date).stream().map(Closure::from).filter(Objects::nonNull)
                .min(Comparator.naturalOrder());
    }

    private List<Closure> wholeDayClosuresOn(LocalDate date) {
        List<Closure> applying = closuresOn(date);
        return applying.isEmpty() ? applying : applying.stream().filter(Closure::isWholeDay).toList();
    }

    /** The national holidays observed in a year (including Flag Day if observed), sorted by date. */
    public List<Holiday> holidaysOf(int year) {
        return holidayIndex(year).values().stream().flatMap(List::stream).toList();
    }

    /** The holidays observed on a date (usually none or one; two when a Sunday holiday moves onto another). */
    public List<Holiday> holidaysOn(LocalDate date) {
        return holidayIndex(Objects.requireNonNull(date, "date").getYear()).getOrDefault(date, List.of());
    }

    public boolean isHoliday(LocalDate date) {
        return !holidaysOn(date).isEmpty();
    }

    public boolean isBusinessDay(LocalDate date) {
        return !isWeekend(date) && holidaysOn(date).isEmpty() && wholeDayClosuresOn(date).isEmpty();
    }

    /**
     * Why a date is not a business day: every applicable reason (weekend, holidays, closures with their
     * legal source) joined by "; ". Empty for a business day.
     */
    public Optional<String> whyNotBusinessDay(LocalDate date) {
        return nonBusinessDay(date).map(NonBusinessDay::reason);
    }

    /** The date with its reasons (in English and Spanish), if it is not a business day. */
    public Optional<NonBusinessDay> nonBusinessDay(LocalDate date) {
        List<String> reasons = new ArrayList<>();
        List<String> razones = new ArrayList<>();
        if (isWeekend(date)) {
            boolean saturday = date.getDayOfWeek() == DayOfWeek.SATURDAY;
            reasons.add(saturday ? "Saturday (weekend)" : "Sunday (weekend)");
            razones.add(saturday ? "sábado (fin de semana)" : "domingo (fin de semana)");
        }
        holidaysOn(date).forEach(h -> {
            reasons.add(h.reason());
            razones.add(h.spanishReason());
        });
        wholeDayClosuresOn(date).forEach(c -> {
            reasons.add(c.describe());
            razones.add(c.describeInSpanish());
        });
        return reasons.isEmpty() ? Optional.empty()
                : Optional.of(new NonBusinessDay(date, String.join("; ", reasons), String.join("; ", razones)));
    }

    /** The non-business days between two dates, both inclusive, in order (empty if {@code to} is before {@code from}). */
    public List<NonBusinessDay> nonBusinessDaysBetween(LocalDate fromInclusive, LocalDate toInclusive) {
        Objects.requireNonNull(fromInclusive, "fromInclusive");
        Objects.requireNonNull(toInclusive, "toInclusive");
        if (toInclusive.isBefore(fromInclusive)) {
            return List.of();
        }
        return fromInclusive.datesUntil(toInclusive.plusDays(1))
                .map(this::nonBusinessDay)
                .flatMap(Optional::stream)
                .toList();
    }

    /** The first business day strictly after a date. */
    public LocalDate nextBusinessDayAfter(LocalDate date) {
        return businessDayOnOrAfter(Objects.requireNonNull(date, "date").plusDays(1));
    }

    /** The date itself if it is a business day, else the next business day. */
    public LocalDate businessDayOnOrAfter(LocalDate date) {
        LocalDate d = Objects.requireNonNull(date, "date");
        while (!isBusinessDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /**
     * The {@code n}-th business day strictly after {@code date} (the date itself is never counted);
     * {@code n = 0} returns {@code date} unchanged.
     */
    public LocalDate addBusinessDays(LocalDate date, int n) {
        Objects.requireNonNull(date, "date");
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        LocalDate d = date;
        for (int counted = 0; counted < n; counted++) {
            d = nextBusinessDayAfter(d);
        }
        return d;
    }

    private static boolean isWeekend(LocalDate date) {
        DayOfWeek dow = Objects.requireNonNull(date, "date").getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }

    private Map<LocalDate, List<Holiday>> holidayIndex(int year) {
        return holidaysByYear.computeIfAbsent(year, y -> {
            Map<LocalDate, List<Holiday>> byDate = PanamaHolidays.of(y, flagDayObserved).stream()
                    .collect(Collectors.groupingBy(Holiday::date, TreeMap::new, Collectors.toList()));
            byDate.replaceAll((d, list) -> List.copyOf(list));
            return Collections.unmodifiableMap(byDate);
        });
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BusinessCalendar other
                && flagDayObserved == other.flagDayObserved
                && Objects.equals(site, other.site)
                && closures.equals(other.closures);
    }

    @Override
    public int hashCode() {
        return Objects.hash(flagDayObserved, site, closures);
    }

    @Override
    public String toString() {
        return "BusinessCalendar[flagDayObserved=" + flagDayObserved + ", site=" + site + ", closures=" + closures + "]";
    }

    /** Builds a {@link BusinessCalendar}; not thread-safe. */
    public static final class Builder {
        private boolean flagDayObserved = DEFAULT_FLAG_DAY_OBSERVED;
        private String site;
        private final List<Closure> closures = new ArrayList<>();

        private Builder() {
        }

        /** Whether 4 November (Día de la Bandera) counts as a holiday; default {@code true}. */
        public Builder flagDayObserved(boolean observed) {
            this.flagDayObserved = observed;
            return this;
        }

        /** The site (code) the calendar counts for; {@code null} for the national view (the default). */
        public Builder site(String siteCode) {
            this.site = siteCode;
            return this;
        }

        public Builder closure(Closure closure) {
            closures.add(Objects.requireNonNull(closure, "closure"));
            return this;
        }

        public Builder closures(Collection<Closure> more) {
            more.forEach(this::closure);
            return this;
        }

        public BusinessCalendar build() {
            List<Closure> sorted = new ArrayList<>(closures);
            sorted.sort(Comparator.comparing(Closure::date));
            return new BusinessCalendar(flagDayObserved, site, sorted);
        }
    }
}
