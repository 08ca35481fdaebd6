package pa.gob.refugio.interview.interviews;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.rules.calendar.BusinessCalendar;
import pa.gob.refugio.rules.office.OfficeHours;

class InterviewSlotsAreOnBusinessDaysWithinOfficeHoursAndCapacityTest {

    private final BusinessCalendar calendar = BusinessCalendar.panama();
    private final OfficeHours balboa = OfficeHours.standard("ONPAR Balboa");
    private final Duration hour = Duration.ofMinutes(60);

    private SlotPlanner planner(int capacity, List<LocalDateTime> booked) {
        return new SlotPlanner(calendar, balboa, hour, capacity, booked);
    }

    @Test
    void aFamilyRegisteredOnMondayIsInterviewedFromTuesdayMorningOneAfterTheOther() {
        SlotPlanner slots = planner(8, List.of());
        LocalDate monday = LocalDate.of(2026, 3, 9);
        assertEquals(LocalDateTime.of(2026, 3, 10, 7, 0), slots.bookFromBusinessDayAfter(monday));
        assertEquals(LocalDateTime.of(2026, 3, 10, 8, 0), slots.bookFromBusinessDayAfter(monday));
    }

    @Test
    void registrationOnFridayIsInterviewedOnMondayAndHolidaysAreSkipped() {
        assertEquals(LocalDateTime.of(2026, 3, 16, 7, 0),
                planner(8, List.of()).bookFromBusinessDayAfter(LocalDate.of(2026, 3, 13)));
        // Monday 2 November 2026: 3, 4 and 5 November are holidays
        assertEquals(LocalDateTime.of(2026, 11, 6, 7, 0),
                planner(8, List.of()).bookFromBusinessDayAfter(LocalDate.of(2026, 11, 2)));
        // Wednesday 1 April 2026: Thursday 2 is a business day, Good Friday 3 is not
        assertEquals(LocalDateTime.of(2026, 4, 2, 7, 0),
                planner(8, List.of()).bookFromBusinessDayAfter(LocalDate.of(2026, 4, 1)));
    }

    @Test
    void aFullDayPassesToTheNextBusinessDay() {
        SlotPlanner slots = planner(3, List.of());
        LocalDate thursday = LocalDate.of(2026, 3, 12);
        assertEquals(LocalDateTime.of(2026, 3, 13, 7, 0), slots.bookFromBusinessDayAfter(thursday));
        assertEquals(LocalDateTime.of(2026, 3, 13, 8, 0), slots.bookFromBusinessDayAfter(thursday));
        assertEquals(LocalDateTime.of(2026, 3, 13, 9, 0), slots.bookFromBusinessDayAfter(thursday));
        assertEquals(LocalDateTime.of(2026, 3, 16, 7, 0), slots.bookFromBusinessDayAfter(thursday), "capacity 3");
    }

    @Test
    void theLastSlotEndsByClosingTimeEvenWithAGenerousCapacity() {
        SlotPlanner slots = planner(20, List.of());
        LocalDate monday = LocalDate.of(2026, 3, 9);
        LocalDateTime last = null;
        for (int i = 0; i < 9; i++) {
            last = slots.bookFromBusinessDayAfter(monday);
        }
        assertEquals(LocalDateTime.of(2026, 3, 10, 15, 0), last);
        assertEquals(LocalDateTime.of(2026, 3, 11, 7, 0), slots.bookFromBusinessDayAfter(monday));
    }

    @Test
    void aSlotFreedByACancellationIsReusedButTakenSlotsNever() {
        List<LocalDateTime> booked = List.of(LocalDateTime.of(2026, 3, 10, 7, 0), LocalDateTime.of(2026, 3, 10, 9, 0));
        SlotPlanner slots = planner(8, booked);
        assertEquals(LocalDateTime.of(2026, 3, 10, 8, 0), slots.bookFromBusinessDayAfter(LocalDate.of(2026, 3, 9)));
        assertEquals(LocalDateTime.of(2026, 3, 10, 10, 0), slots.bookFromBusinessDayAfter(LocalDate.of(2026, 3, 9)));
        slots.release(LocalDateTime.of(2026, 3, 10, 7, 0));
        assertEquals(LocalDateTime.of(2026, 3, 10, 7, 0), slots.bookFromBusinessDayAfter(LocalDate.of(2026, 3, 9)));
    }

    @Test
    void bookingsAlreadyMadeCountAgainstTheDailyCapacity() {
        List<LocalDateTime> booked = List.of(LocalDateTime.of(2026, 3, 10, 13, 0), LocalDateTime.of(2026, 3, 10, 14, 0));
        assertEquals(LocalDateTime.of(2026, 3, 11, 7, 0),
                planner(2, booked).bookFromBusinessDayAfter(LocalDate.of(2026, 3, 9)));
    }
}
