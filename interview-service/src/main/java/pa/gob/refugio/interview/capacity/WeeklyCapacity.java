package pa.gob.refugio.interview.capacity;

import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How many interviews a site holds on each weekday, and how many of each day's first slots are held for
 * unaccompanied or separated children's cases. A weekday not named holds none. Plain Java.
 *
 * @param interviews    interviews per weekday (0 or more)
 * @param childrenSlots the first slots of every day that only a child-alone case may take (0 = none held)
 */
public record WeeklyCapacity(Map<DayOfWeek, Integer> interviews, int childrenSlots) {

    public WeeklyCapacity {
        Objects.requireNonNull(interviews, "interviews");
        EnumMap<DayOfWeek, Integer> copy = new EnumMap<>(DayOfWeek.class);
        interviews.forEach((day, n) -> {
            if (n == null || n < 0) {
                throw new IllegalArgumentException("capacity on " + day + " must be 0 or more: " + n);
            }
            copy.put(day, n);
        });
        interviews = Map.copyOf(copy);
        if (childrenSlots < 0) {
            throw new IllegalArgumentException("childrenSlots must be 0 or more: " + childrenSlots);
        }
    }

    /** The same number of interviews Monday to Friday, nothing held for children. */
    public static WeeklyCapacity weekdays(int perDay) {
        return weekdays(perDay, 0);
    }

    public static WeeklyCapacity weekdays(int perDay, int childrenSlots) {
        EnumMap<DayOfWeek, Integer> map = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY) {
                map.put(d, perDay);
            }
        }
        return new WeeklyCapacity(map, childrenSlots);
    }

    public int on(DayOfWeek day) {
        return interviews.getOrDefault(day, 0);
    }
}
