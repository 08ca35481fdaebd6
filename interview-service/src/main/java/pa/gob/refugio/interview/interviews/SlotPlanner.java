package pa.gob.refugio.interview.interviews;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import pa.gob.refugio.rules.calendar.BusinessCalendar;
import pa.gob.refugio.rules.office.OfficeHours;

/**
 * Finds interview slots at one site: on business days, within office hours, at most {@code dailyCapacity}
 * interviews a day, never a slot already taken. Each slot it hands out counts as taken for the next request, so
 * one planner can book the whole family. Plain Java; not thread-safe (the caller serialises bookings per site).
 */
public final class SlotPlanner {

    private final BusinessCalendar calendar;
    private final OfficeHours hours;
    private final Duration length;
    private final int dailyCapacity;
    private final Set<LocalDateTime> taken = new HashSet<>();
    private final Map<LocalDate, Integer> bookedPerDay = new HashMap<>();

    /**
     * @param booked the starts of the interviews already booked at the site (any not cancelled)
     */
    public SlotPlanner(BusinessCalendar calendar, OfficeHours hours, Duration length, int dailyCapacity,
                       Collection<LocalDateTime> booked) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.hours = Objects.requireNonNull(hours, "hours");
        this.length = Objects.requireNonNull(length, "length");
        if (dailyCapacity < 1) {
            throw new IllegalArgumentException("dailyCapacity must be at least 1: " + dailyCapacity);
        }
        this.dailyCapacity = dailyCapacity;
        booked.forEach(this::take);
    }

    /** The first free slot of the first business day after {@code day} (registration, reschedule, extension). */
    public LocalDateTime bookFromBusinessDayAfter(LocalDate day) {
        return book(calendar.nextBusinessDayAfter(day).atStartOfDay());
    }

    /** Books and returns the first free slot starting at or after {@code from}. */
    public LocalDateTime book(LocalDateTime from) {
        LocalDateTime slot = hours.nextFreeSlot(calendar, from, length,
                start -> taken.contains(start) || bookedPerDay.getOrDefault(start.toLocalDate(), 0) >= dailyCapacity);
        take(slot);
        return slot;
    }

    /** Gives a slot back (the interview moved away from it). */
    public void release(LocalDateTime start) {
        if (taken.remove(start)) {
            bookedPerDay.computeIfPresent(start.toLocalDate(), (d, n) -> n <= 1 ? null : n - 1);
        }
    }

    private void take(LocalDateTime start) {
        if (taken.add(start)) {
            bookedPerDay.merge(start.toLocalDate(), 1, Integer::sum);
        }
    }
}
