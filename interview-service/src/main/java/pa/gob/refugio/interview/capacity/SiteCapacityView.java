package pa.gob.refugio.interview.capacity;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * A site's capacity: interviews per weekday, slots held for children alone, who changed it last; after a change,
 * how many waiting cases it booked at once ({@code bookedFromWaitingList}) and how many still wait.
 */
public record SiteCapacityView(String code, String name, Map<DayOfWeek, Integer> interviews, int childrenSlots,
                               int slotsPerDay, String updatedBy, Instant updatedAt, Integer bookedFromWaitingList,
                               Long stillWaiting) {

    static SiteCapacityView of(InterviewSite s, int slotsPerDay) {
        return new SiteCapacityView(s.code(), s.name(), new TreeMap<>(s.capacity().interviews()),
                s.capacity().childrenSlots(), slotsPerDay, s.updatedBy(), s.updatedAt(), null, null);
    }

    SiteCapacityView afterBooking(int booked, long waiting) {
        return new SiteCapacityView(code, name, interviews, childrenSlots, slotsPerDay, updatedBy, updatedAt, booked,
                waiting);
    }
}
