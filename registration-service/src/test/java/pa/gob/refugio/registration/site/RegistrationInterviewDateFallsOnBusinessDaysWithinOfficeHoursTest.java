package pa.gob.refugio.registration.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.rules.calendar.BusinessCalendar;
import pa.gob.refugio.rules.calendar.Closure;
import pa.gob.refugio.rules.office.OfficeHours;

class RegistrationInterviewDateFallsOnBusinessDaysWithinOfficeHoursTest {

    private final BusinessCalendar calendar = BusinessCalendar.panama();
    private final OfficeHours balboa = new OfficeHours("ONPAR Balboa", LocalTime.of(7, 0), LocalTime.of(16, 0));

    @Test
    void registeredOnFridayTheInterviewIsOnMondayAtOpening() {
        LocalDate friday = LocalDate.of(2026, 6, 5);
        assertEquals(LocalDateTime.of(2026, 6, 8, 7, 0),
                RegistrationInterviewSlot.next(calendar, balboa, 20, 25, friday, 1, Map.of()));
    }

    @Test
    void bookingsFillTheDayInOrderAndAFullDayMovesToTheNextBusinessDay() {
        LocalDate monday = LocalDate.of(2026, 6, 8);
        LocalDate tuesday = monday.plusDays(1);
        assertEquals(tuesday.atTime(8, 0),
                RegistrationInterviewSlot.next(calendar, balboa, 20, 25, monday, 1, Map.of(tuesday, 3)));
        assertEquals(tuesday.plusDays(1).atTime(7, 0),
                RegistrationInterviewSlot.next(calendar, balboa, 20, 25, monday, 1, Map.of(tuesday, 25)));
    }

    @Test
    void capacityBeyondTheSlotsThatFitIsCappedByClosingTime() {
        OfficeHours shortDay = new OfficeHours("Los Planes", LocalTime.of(8, 0), LocalTime.of(10, 0));
        LocalDate monday = LocalDate.of(2026, 6, 8);
        // 4 slots of 30 minutes fit; a capacity of 50 cannot book a fifth.
        assertEquals(monday.plusDays(2).atTime(8, 0),
                RegistrationInterviewSlot.next(calendar, shortDay, 30, 50, monday, 1, Map.of(monday.plusDays(1), 4)));
    }

    @Test
    void holidaysAndDecreedClosuresAreSkipped() {
        // Registered Friday 30 October 2026; 2, 3, 4 (Flag Day) and 5 November are not all business days.
        LocalDate friday = LocalDate.of(2026, 10, 30);
        LocalDateTime slot = RegistrationInterviewSlot.next(calendar, balboa, 20, 25, friday, 1, Map.of());
        assertEquals(calendar.addBusinessDays(friday, 1).atTime(7, 0), slot);
        assertEquals(LocalDate.of(2026, 11, 2), slot.toLocalDate());
        BusinessCalendar closed = calendar.withClosure(
                new Closure(LocalDate.of(2026, 11, 2), "Puente", "Decreto Ejecutivo de prueba"));
        assertEquals(LocalDate.of(2026, 11, 6),
                RegistrationInterviewSlot.next(closed, balboa, 20, 25, friday, 1, Map.of()).toLocalDate());
    }
}
