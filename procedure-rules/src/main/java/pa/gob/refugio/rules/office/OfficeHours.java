package pa.gob.refugio.rules.office;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import pa.gob.refugio.rules.calendar.BusinessCalendar;

/**
 * The opening hours of a site per weekday, on business days (which days are business days is the
 * {@link BusinessCalendar}'s business: Monday to Friday minus holidays and whole-day closures). A half-day closure
 * that applies at the site (the calendar's {@link BusinessCalendar#closesEarlyOn}) closes it early that day.
 * <p>
 * Appointments are back-to-back slots of a fixed length starting at that day's opening time; a slot must end by
 * that day's closing time. Slot {@code k} of a day starts at {@code opens(day) + k * length}.
 *
 * @param site   the site, e.g. "ONPAR Panama City"
 * @param opens  earliest opening time of the week (inclusive)
 * @param closes latest closing time of the week (exclusive; the last slot ends at or before it)
 * @param week   the hours of each weekday the site opens (a weekday absent is closed)
 */
public record OfficeHours(String site, LocalTime opens, LocalTime closes, Map<DayOfWeek, Opening> week) {

    /** The hours of one day: from {@code opens} (inclusive) to {@code closes} (exclusive). */
    public record Opening(LocalTime opens, LocalTime closes) {
        public Opening {
            Objects.requireNonNull(opens, "opens");
            Objects.requireNonNull(closes, "closes");
            if (!opens.isBefore(closes)) {
                throw new IllegalArgumentException("a site must open before it closes: " + opens + "–" + closes);
            }
        }

        public long minutes() {
            return Duration.between(opens, closes).toMinutes();
        }
    }

    public static final LocalTime DEFAULT_OPENS = LocalTime.of(7, 0);
    public static final LocalTime DEFAULT_CLOSES = LocalTime.of(16, 0);

    /** How far ahead the slot search looks before giving up. */
    public static final int SEARCH_HORIZON_DAYS = 2 * 366;

    public OfficeHours {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("a site must open before it closes: " + opens + "–" + closes);
        }
        EnumMap<DayOfWeek, Opening> days = new EnumMap<>(DayOfWeek.class);
        if (week == null) {
            for (DayOfWeek d : DayOfWeek.values()) {
                if (d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY) {
                    days.put(d, new Opening(opens, closes));
                }
            }
        } else {
            week.forEach((d, o) -> days.put(Objects.requireNonNull(d, "weekday"), Objects.requireNonNull(o, "hours")));
        }
        week = Collections.unmodifiableMap(days);
    }

    /** The same hours Monday to Friday. */
    public OfficeHours(String site, LocalTime opens, LocalTime closes) {
        this(site, opens, closes, null);
    }

    /** Hours per weekday (at least one day). */
    public static OfficeHours weekly(String site, Map<DayOfWeek, Opening> week) {
        if (week.isEmpty()) {
            throw new IllegalArgumentException(site + " must open on at least one weekday");
        }
        LocalTime earliest = week.values().stream().map(Opening::opens).min(LocalTime::compareTo).orElseThrow();
        LocalTime latest = week.values().stream().map(Opening::closes).max(LocalTime::compareTo).orElseThrow();
        return new OfficeHours(site, earliest, latest, week);
    }

    /** Monday to Friday 07:00–16:00 (ONPAR Panama City's hours). */
    public static OfficeHours standard(String site) {
        return new OfficeHours(site, DEFAULT_OPENS, DEFAULT_CLOSES);
    }

    /**
     * The hours of a date at this site: none if the calendar says it is not a business day or the site does not
     * open on that weekday; closing early if a half-day closure applies (none if that leaves no time open).
     */
    public Optional<Opening> on(BusinessCalendar calendar, LocalDate date) {
        Opening usual = week.get(date.getDayOfWeek());
        if (usual == null || !calendar.isBusinessDay(date)) {
            return Optional.empty();
        }
        Optional<LocalTime> early = calendar.closesEarlyOn(date);
        if (early.isEmpty() || !early.get().isBefore(usual.closes())) {
            return Optional.of(usual);
        }
        return early.get().isAfter(usual.opens()) ? Optional.of(new Opening(usual.opens(), early.get()))
                : Optional.empty();
    }

    /** Whether the site is open at that moment: a business day, at or after opening, before closing. */
    public boolean isOpenAt(BusinessCalendar calendar, LocalDateTime moment) {
        LocalTime t = moment.toLocalTime();
        return on(calendar, moment.toLocalDate()).map(o -> !t.isBefore(o.opens()) && t.isBefore(o.closes()))
                .orElse(false);
    }

    /** How many slots of that length fit between the week's earliest opening and latest closing. */
    public int slotsPerDay(Duration length) {
        return (int) (Duration.between(opens, closes).toMinutes() / positiveMinutes(length));
    }

    private static int slotsIn(Opening o, long minutes) {
        return (int) (o.minutes() / minutes);
    }

    /**
     * The first free slot starting at or after {@code from}, with a daily capacity and bookings filled in
     * order: on a day with {@code b} bookings the next free slot is {@code opens + b * length} (or the first
     * slot boundary at or after {@code from} if that is later). Days that are not business days, days
     * already full (capacity, or no slot left before closing) are skipped.
     *
     * @param calendar              the business-day calendar
     * @param from                  the earliest acceptable start
     * @param length                the length of a slot (whole minutes, positive, fits in a day)
     * @param dailyCapacity         the maximum number of appointments per day at this site
     * @param alreadyBookedThatDay  the number of appointments already booked on a date ({@code null} = 0)
     * @return the start of the slot
     * @throws IllegalStateException if no slot is free within {@link #SEARCH_HORIZON_DAYS} days
     */
    public LocalDateTime nextFreeSlot(BusinessCalendar calendar, LocalDateTime from, Duration length,
            int dailyCapacity, Function<LocalDate, Integer> alreadyBookedThatDay) {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(alreadyBookedThatDay, "alreadyBookedThatDay");
        if (dailyCapacity < 1) {
            throw new IllegalArgumentException("dailyCapacity must be at least 1: " + dailyCapacity);
        }
        long minutes = positiveMinutes(length);
        LocalDate day = from.toLocalDate();
        for (int i = 0; i <= SEARCH_HORIZON_DAYS; i++, day = day.plusDays(1)) {
            Optional<Opening> hours = on(calendar, day);
            if (hours.isEmpty()) {
                continue;
            }
            int capacity = Math.min(dailyCapacity, slotsIn(hours.get(), minutes));
            Integer booked = alreadyBookedThatDay.apply(day);
            long index = Math.max(booked == null ? 0 : Math.max(0, booked),
                    firstIndexNotBefore(from, day, hours.get().opens(), minutes));
            if (index < capacity) {
                return day.atTime(hours.get().opens().plusMinutes(index * minutes));
            }
        }
        throw noSlot(from);
    }

    /**
     * The first slot starting at or after {@code from} that {@code isTaken} does not reject, on a business
     * day within office hours.
     *
     * @throws IllegalStateException if no slot is free within {@link #SEARCH_HORIZON_DAYS} days
     */
    public LocalDateTime nextFreeSlot(BusinessCalendar calendar, LocalDateTime from, Duration length,
            Predicate<LocalDateTime> isTaken) {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(isTaken, "isTaken");
        long minutes = positiveMinutes(length);
        LocalDate day = from.toLocalDate();
        for (int i = 0; i <= SEARCH_HORIZON_DAYS; i++, day = day.plusDays(1)) {
            Optional<Opening> hours = on(calendar, day);
            if (hours.isEmpty()) {
                continue;
            }
            int slots = slotsIn(hours.get(), minutes);
            for (long k = firstIndexNotBefore(from, day, hours.get().opens(), minutes); k < slots; k++) {
                LocalDateTime start = day.atTime(hours.get().opens().plusMinutes(k * minutes));
                if (!isTaken.test(start)) {
                    return start;
                }
            }
        }
        throw noSlot(from);
    }

    /** The index of the first slot of {@code day} that starts at or after {@code from}. */
    private static long firstIndexNotBefore(LocalDateTime from, LocalDate day, LocalTime opens, long minutes) {
        if (day.isAfter(from.toLocalDate()) || !from.toLocalTime().isAfter(opens)) {
            return 0;
        }
        long sinceOpening = Duration.between(opens, from.toLocalTime()).toNanos();
        long slotNanos = Duration.ofMinutes(minutes).toNanos();
        return (sinceOpening + slotNanos - 1) / slotNanos; // rounded up to the next slot boundary
    }

    private long positiveMinutes(Duration length) {
        Objects.requireNonNull(length, "length");
        long minutes = length.toMinutes();
        if (length.isNegative() || length.isZero() || !length.equals(Duration.ofMinutes(minutes))) {
            throw new IllegalArgumentException("a slot length must be a positive whole number of minutes: " + length);
        }
        if (minutes > Duration.between(opens, closes).toMinutes()) {
            throw new IllegalArgumentException("a slot of " + length + " does not fit in " + opens + "–" + closes);
        }
        return minutes;
    }

    private IllegalStateException noSlot(LocalDateTime from) {
        return new IllegalStateException("no free slot at " + site + " within " + SEARCH_HORIZON_DAYS
                + " days after " + from);
    }
}
