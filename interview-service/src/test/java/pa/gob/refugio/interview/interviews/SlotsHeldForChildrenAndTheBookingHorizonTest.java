package pa.gob.refugio.interview.interviews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.interview.capacity.WeeklyCapacity;
import pa.gob.refugio.rules.calendar.BusinessCalendar;
import pa.gob.refugio.rules.office.OfficeHours;

class SlotsHeldForChildrenAndTheBookingHorizonTest {

    private final BusinessCalendar calendar = BusinessCalendar.panama();
    private final OfficeHours balboa = OfficeHours.standard("ONPAR Balboa");
    private final Duration hour = Duration.ofMinutes(60);
    private final LocalDate tuesday = LocalDate.of(2026, 3, 10);

    private SlotPlanner planner(WeeklyCapacity capacity, LocalDate lastDay, List<LocalDateTime> booked) {
        return new SlotPlanner(calendar, balboa, hour, capacity, lastDay, booked);
    }

    @Test
    void theFirstSlotOfTheDayWaitsForAChildAloneWhileAdultsTakeTheNext() {
        SlotPlanner slots = planner(WeeklyCapacity.weekdays(4, 1), tuesday.plusDays(30), List.of());
        assertEquals(Optional.of(List.of(tuesday.atTime(8, 0), tuesday.atTime(9, 0))),
                slots.tryBookAll(2, tuesday, Priority.STANDARD), "adults registered first");
        assertEquals(Optional.of(tuesday.atTime(7, 0)), slots.tryBook(tuesday, Priority.CHILD_ALONE),
                "the child registered later the same day is seen first");
    }

    @Test
    void otherCasesNeverFillTheCapacityTheHeldSlotsNeed() {
        SlotPlanner slots = planner(WeeklyCapacity.weekdays(3, 1), tuesday.plusDays(30), List.of());
        assertEquals(tuesday.atTime(8, 0), slots.tryBook(tuesday, Priority.SPECIFIC_NEEDS).orElseThrow());
        assertEquals(tuesday.atTime(9, 0), slots.tryBook(tuesday, Priority.STANDARD).orElseThrow());
        assertEquals(tuesday.plusDays(1).atTime(8, 0), slots.tryBook(tuesday, Priority.STANDARD).orElseThrow(),
                "Tuesday's third interview is the child's");
        assertEquals(tuesday.atTime(7, 0), slots.tryBook(tuesday, Priority.CHILD_ALONE).orElseThrow());
        assertEquals(tuesday.plusDays(1).atTime(7, 0), slots.tryBook(tuesday, Priority.CHILD_ALONE).orElseThrow());
        assertEquals(tuesday.plusDays(1).atTime(9, 0), slots.tryBook(tuesday, Priority.CHILD_ALONE).orElseThrow(),
                "a child alone also takes ordinary slots");
    }

    @Test
    void capacityIsPerWeekdayAndADayWithNoneIsSkipped() {
        WeeklyCapacity tuesdaysOnly = new WeeklyCapacity(Map.of(DayOfWeek.TUESDAY, 1), 0);
        SlotPlanner slots = planner(tuesdaysOnly, tuesday.plusDays(30), List.of());
        assertEquals(tuesday.atTime(7, 0), slots.tryBook(tuesday, Priority.STANDARD).orElseThrow());
        assertEquals(tuesday.plusWeeks(1).atTime(7, 0), slots.tryBook(tuesday, Priority.STANDARD).orElseThrow());
    }

    @Test
    void nothingIsBookedBeyondTheHorizonAndAFamilyIsBookedWholeOrNotAtAll() {
        SlotPlanner slots = planner(WeeklyCapacity.weekdays(1), tuesday, List.of());
        assertEquals(Optional.empty(), slots.tryBookAll(2, tuesday, Priority.STANDARD), "one slot left, two adults");
        assertEquals(Optional.of(tuesday.atTime(7, 0)), slots.tryBook(tuesday, Priority.STANDARD),
                "the family that did not fit took nothing");
        assertEquals(Optional.empty(), slots.tryBook(tuesday, Priority.CHILD_ALONE));
    }

    @Test
    void aSiteWithNoCapacityBooksNobody() {
        SlotPlanner slots = planner(new WeeklyCapacity(Map.of(), 0), tuesday.plusDays(365), List.of());
        assertTrue(slots.tryBook(tuesday, Priority.CHILD_ALONE).isEmpty());
    }
}
