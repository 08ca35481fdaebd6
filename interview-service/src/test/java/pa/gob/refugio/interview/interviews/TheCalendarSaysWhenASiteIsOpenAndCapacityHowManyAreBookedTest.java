package pa.gob.refugio.interview.interviews;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.interview.capacity.WeeklyCapacity;
import pa.gob.refugio.rules.calendar.BusinessCalendar;
import pa.gob.refugio.rules.calendar.Closure;
import pa.gob.refugio.rules.office.OfficeHours;

/**
 * The one calendar (site hours per weekday, whole- and half-day closures) decides when a site is open; the site's
 * capacity per weekday decides how many interviews are booked in that time.
 */
class TheCalendarSaysWhenASiteIsOpenAndCapacityHowManyAreBookedTest {

    private final Duration hour = Duration.ofMinutes(60);
    private final LocalDate monday = LocalDate.of(2026, 3, 9);
    private final LocalDate tuesday = monday.plusDays(1);
    private final LocalDate wednesday = monday.plusDays(2);
    private final OfficeHours meteti = new OfficeHours("ONPAR Metetí", LocalTime.of(8, 0), LocalTime.of(16, 0));

    private SlotPlanner planner(BusinessCalendar calendar, OfficeHours hours, WeeklyCapacity capacity) {
        return new SlotPlanner(calendar, hours, hour, capacity, monday.plusDays(60), List.of());
    }

    @Test
    void slotsStartAtTheSitesOwnOpeningTimeAndStopAtItsCapacity() {
        SlotPlanner slots = planner(BusinessCalendar.panama(), meteti, WeeklyCapacity.weekdays(2));
        assertEquals(tuesday.atTime(8, 0), slots.tryBook(tuesday, Priority.STANDARD).orElseThrow());
        assertEquals(tuesday.atTime(9, 0), slots.tryBook(tuesday, Priority.STANDARD).orElseThrow());
        assertEquals(wednesday.atTime(8, 0), slots.tryBook(tuesday, Priority.STANDARD).orElseThrow());
    }

    @Test
    void aHalfDayClosureShortensTheDayBelowTheCapacity() {
        BusinessCalendar calendar = BusinessCalendar.panama().withClosure(new Closure(tuesday, "Cierre a mediodía",
                "Decreto Ejecutivo de prueba", Set.of(), LocalTime.of(10, 0)));
        SlotPlanner slots = planner(calendar, meteti, WeeklyCapacity.weekdays(8));
        List<LocalDateTime> booked = List.of(slots.tryBook(tuesday, Priority.STANDARD).orElseThrow(),
                slots.tryBook(tuesday, Priority.STANDARD).orElseThrow(),
                slots.tryBook(tuesday, Priority.STANDARD).orElseThrow());
        assertEquals(List.of(tuesday.atTime(8, 0), tuesday.atTime(9, 0), wednesday.atTime(8, 0)), booked);
    }

    @Test
    void aClosedDayAndAWeekdayTheSiteDoesNotOpenAreSkipped() {
        BusinessCalendar calendar = BusinessCalendar.panama().withClosure(new Closure(tuesday, "Cierre",
                "Decreto Ejecutivo de prueba"));
        OfficeHours mondaysAndThursdays = OfficeHours.weekly("ETRM", Map.of(
                DayOfWeek.MONDAY, new OfficeHours.Opening(LocalTime.of(8, 0), LocalTime.of(12, 0)),
                DayOfWeek.THURSDAY, new OfficeHours.Opening(LocalTime.of(13, 0), LocalTime.of(16, 0))));
        SlotPlanner slots = planner(calendar, mondaysAndThursdays, WeeklyCapacity.weekdays(8));
        assertEquals(monday.plusDays(3).atTime(13, 0), slots.tryBook(tuesday, Priority.STANDARD).orElseThrow());
    }
}
