package pa.gob.refugio.rules.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class BusinessDaysSkipWeekendsHolidaysAndDecreedClosuresTest {

    private static final Closure CARNIVAL_MONDAY_2027 = new Closure(LocalDate.of(2027, 2, 8),
            "Lunes de Carnaval (Carnival Monday)", "Decreto Ejecutivo 12 de 2027");

    private final BusinessCalendar calendar = BusinessCalendar.panama();

    @Test
    void weekdaysAreBusinessDaysAndWeekendsAreNot() {
        assertTrue(calendar.isBusinessDay(LocalDate.of(2026, 3, 9)));
        assertEquals(Optional.empty(), calendar.whyNotBusinessDay(LocalDate.of(2026, 3, 9)));
        assertEquals("Saturday (weekend)", calendar.whyNotBusinessDay(LocalDate.of(2026, 3, 14)).orElseThrow());
        assertEquals("Sunday (weekend)", calendar.whyNotBusinessDay(LocalDate.of(2026, 3, 15)).orElseThrow());
    }

    @Test
    void aDecreedClosureIsNotABusinessDayAndNamesItsLegalSource() {
        BusinessCalendar withClosure = calendar.withClosure(CARNIVAL_MONDAY_2027);
        assertFalse(withClosure.isBusinessDay(LocalDate.of(2027, 2, 8)));
        assertEquals("Lunes de Carnaval (Carnival Monday), closure per Decreto Ejecutivo 12 de 2027",
                withClosure.whyNotBusinessDay(LocalDate.of(2027, 2, 8)).orElseThrow());
        assertEquals(List.of(CARNIVAL_MONDAY_2027), withClosure.closures());
    }

    @Test
    void theCalendarIsImmutable() {
        BusinessCalendar withClosure = calendar.withClosure(CARNIVAL_MONDAY_2027);
        assertTrue(calendar.isBusinessDay(LocalDate.of(2027, 2, 8)), "the original calendar is unchanged");
        assertTrue(calendar.closures().isEmpty());
        assertNotEquals(calendar, withClosure);
        assertEquals(withClosure, BusinessCalendar.builder().closure(CARNIVAL_MONDAY_2027).build());
        assertThrows(UnsupportedOperationException.class, () -> withClosure.closures().clear());
        assertThrows(UnsupportedOperationException.class, () -> calendar.holidaysOf(2026).clear());
    }

    @Test
    void aClosureNeedsAReasonAndALegalSource() {
        LocalDate day = LocalDate.of(2027, 2, 10);
        assertThrows(IllegalArgumentException.class, () -> new Closure(day, " ", "Decreto Ejecutivo 12 de 2027"));
        assertThrows(IllegalArgumentException.class, () -> new Closure(day, "Miércoles de Ceniza", ""));
    }

    @Test
    void theNextBusinessDayIsStrictlyAfterTheDate() {
        assertEquals(LocalDate.of(2026, 3, 10), calendar.nextBusinessDayAfter(LocalDate.of(2026, 3, 9)));
        assertEquals(LocalDate.of(2026, 3, 16), calendar.nextBusinessDayAfter(LocalDate.of(2026, 3, 13)));
        // Thursday 8 January 2026 -> Friday 9 is Martyrs' Day -> Monday 12
        assertEquals(LocalDate.of(2026, 1, 12), calendar.nextBusinessDayAfter(LocalDate.of(2026, 1, 8)));
        // Monday 2 November 2026 -> 3, 4 and 5 November are holidays -> Friday 6
        assertEquals(LocalDate.of(2026, 11, 6), calendar.nextBusinessDayAfter(LocalDate.of(2026, 11, 2)));
        assertEquals(LocalDate.of(2026, 11, 4),
                calendar.withFlagDayObserved(false).nextBusinessDayAfter(LocalDate.of(2026, 11, 2)));
    }

    @Test
    void addingBusinessDaysSkipsEveryNonBusinessDay() {
        assertEquals(LocalDate.of(2026, 3, 9), calendar.addBusinessDays(LocalDate.of(2026, 3, 9), 0));
        assertEquals(LocalDate.of(2026, 3, 16), calendar.addBusinessDays(LocalDate.of(2026, 3, 9), 5));
        // Christmas week 2026: 21 Dec (moved mourning day) and 25 Dec are holidays
        // Fri 18 Dec -> Tue 22 (1), Wed 23 (2), Thu 24 (3), Mon 28 (4), Tue 29 (5)
        assertEquals(LocalDate.of(2026, 12, 29), calendar.addBusinessDays(LocalDate.of(2026, 12, 18), 5));
        assertThrows(IllegalArgumentException.class, () -> calendar.addBusinessDays(LocalDate.of(2026, 3, 9), -1));
    }

    @Test
    void nonBusinessDaysBetweenTwoDatesComeWithTheirReasons() {
        List<NonBusinessDay> days = calendar.nonBusinessDaysBetween(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 6));
        assertEquals(List.of(
                new NonBusinessDay(LocalDate.of(2026, 4, 3), "Viernes Santo (Good Friday)"),
                new NonBusinessDay(LocalDate.of(2026, 4, 4), "Saturday (weekend)"),
                new NonBusinessDay(LocalDate.of(2026, 4, 5), "Sunday (weekend)")), days);
        assertTrue(calendar.nonBusinessDaysBetween(LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 1)).isEmpty());
    }
}
