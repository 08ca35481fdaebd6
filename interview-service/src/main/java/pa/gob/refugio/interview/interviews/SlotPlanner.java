package pa.gob.refugio.interview.interviews;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import pa.gob.refugio.interview.capacity.WeeklyCapacity;
import pa.gob.refugio.rules.calendar.BusinessCalendar;
import pa.gob.refugio.rules.office.OfficeHours;

/**
 * Finds interview slots at one site: on business days, within that day's office hours (the one calendar's site
 * hours per weekday, shortened by a half-day closure), at most the site's capacity for that
 * weekday, never a slot already taken, and no later than the booking horizon. The first {@code childrenSlots} slots
 * of every day are held for cases of unaccompanied or separated children ({@link Priority#CHILD_ALONE}): other
 * cases neither take them nor fill the day's capacity they need. Each slot handed out counts as taken for the next
 * request, so one planner books a whole waiting list. Plain Java; not thread-safe (the caller serialises bookings
 * per site).
 */
public final class SlotPlanner {

    private final BusinessCalendar calendar;
    private final OfficeHours hours;
    private final long minutes;
    private final WeeklyCapacity capacity;
    private final LocalDate lastDay;
    private final Set<LocalDateTime> taken = new HashSet<>();
    private final Map<LocalDate, Integer> bookedPerDay = new HashMap<>();

    /**
     * @param booked  the starts of the interviews already booked at the site (any not cancelled)
     * @param lastDay the last day a slot may be on (the booking horizon); later means "no free slot"
     */
    public SlotPlanner(BusinessCalendar calendar, OfficeHours hours, Duration length, WeeklyCapacity capacity,
                       LocalDate lastDay, Collection<LocalDateTime> booked) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.hours = Objects.requireNonNull(hours, "hours");
        this.capacity = Objects.requireNonNull(capacity, "capacity");
        this.lastDay = Objects.requireNonNull(lastDay, "lastDay");
        this.minutes = Objects.requireNonNull(length, "length").toMinutes();
        if (minutes < 1 || hours.slotsPerDay(length) < 1) {
            throw new IllegalArgumentException("a slot of " + length + " does not fit in the office hours");
        }
        booked.forEach(this::take);
    }

    /** The same capacity every weekday, nothing held for children, a two-year horizon (tests, tools). */
    public SlotPlanner(BusinessCalendar calendar, OfficeHours hours, Duration length, int dailyCapacity,
                       Collection<LocalDateTime> booked) {
        this(calendar, hours, length, WeeklyCapacity.weekdays(requirePositive(dailyCapacity)),
                LocalDate.MAX, booked);
    }

    /** The first free slot of the first business day after {@code day} (registration, reschedule, extension). */
    public LocalDateTime bookFromBusinessDayAfter(LocalDate day) {
        return tryBook(calendar.nextBusinessDayAfter(day), Priority.STANDARD)
                .orElseThrow(() -> new IllegalStateException("no free slot at " + hours.site() + " from " + day
                        + " to " + lastDay));
    }

    /** Books and returns the first free slot on or after {@code from} that a case of that priority may take. */
    public Optional<LocalDateTime> tryBook(LocalDate from, Priority priority) {
        int scanned = 0;
        for (LocalDate day = from; !day.isAfter(lastDay) && scanned <= OfficeHours.SEARCH_HORIZON_DAYS;
             day = day.plusDays(1), scanned++) {
            // the site's hours that day from the one calendar: none on a holiday, a closure or a weekday it does
            // not open; shortened by a half-day closure
            Optional<OfficeHours.Opening> opening = hours.on(calendar, day);
            if (opening.isEmpty()) {
                continue;
            }
            int slotsThatDay = (int) (opening.get().minutes() / minutes);
            int dayCapacity = Math.min(capacity.on(day.getDayOfWeek()), slotsThatDay);
            int booked = bookedPerDay.getOrDefault(day, 0);
            if (booked >= dayCapacity) {
                continue;
            }
            LocalTime opens = opening.get().opens();
            int held = Math.min(capacity.childrenSlots(), dayCapacity);
            if (!priority.mayTakeChildrenSlots()) {
                int heldFree = 0;
                for (int k = 0; k < held; k++) {
                    if (!taken.contains(slot(day, opens, k))) {
                        heldFree++;
                    }
                }
                if (booked + heldFree >= dayCapacity) {
                    continue;
                }
            }
            for (int k = priority.mayTakeChildrenSlots() ? 0 : held; k < slotsThatDay; k++) {
                LocalDateTime start = slot(day, opens, k);
                if (!taken.contains(start)) {
                    take(start);
                    return Optional.of(start);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Books {@code count} slots for one case, all or none (a family is not half booked): the slots, or empty and
     * nothing taken.
     */
    public Optional<List<LocalDateTime>> tryBookAll(int count, LocalDate from, Priority priority) {
        List<LocalDateTime> slots = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Optional<LocalDateTime> slot = tryBook(from, priority);
            if (slot.isEmpty()) {
                slots.forEach(this::release);
                return Optional.empty();
            }
            slots.add(slot.get());
        }
        return Optional.of(slots);
    }

    /** Gives a slot back (the interview moved away from it). */
    public void release(LocalDateTime start) {
        if (taken.remove(start)) {
            bookedPerDay.computeIfPresent(start.toLocalDate(), (d, n) -> n <= 1 ? null : n - 1);
        }
    }

    private LocalDateTime slot(LocalDate day, LocalTime opens, int k) {
        return day.atTime(opens.plusMinutes(k * minutes));
    }

    private void take(LocalDateTime start) {
        if (taken.add(start)) {
            bookedPerDay.merge(start.toLocalDate(), 1, Integer::sum);
        }
    }

    private static int requirePositive(int dailyCapacity) {
        if (dailyCapacity < 1) {
            throw new IllegalArgumentException("dailyCapacity must be at least 1: " + dailyCapacity);
        }
        return dailyCapacity;
    }
}
