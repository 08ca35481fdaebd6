package pa.gob.refugio.rules.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class PanamaHolidaysTest {

    private final BusinessCalendar calendar = BusinessCalendar.panama();

    @Test
    void easterFollowsTheGregorianComputation() {
        assertEquals(LocalDate.of(2025, 4, 20), Easter.sunday(2025));
        assertEquals(LocalDate.of(2026, 4, 5), Easter.sunday(2026));
        assertEquals(LocalDate.of(2027, 3, 28), Easter.sunday(2027));
        assertEquals(LocalDate.of(2000, 4, 23), Easter.sunday(2000));
        assertEquals(LocalDate.of(2024, 3, 31), Easter.sunday(2024));
        assertEquals(LocalDate.of(2038, 4, 25), Easter.sunday(2038));
    }

    @Test
    void carnivalTuesdayAndGoodFridayAreDerivedFromEaster() {
        assertHoliday(LocalDate.of(2026, 2, 17), "Martes de Carnaval");
        assertHoliday(LocalDate.of(2026, 4, 3), "Viernes Santo");
        assertHoliday(LocalDate.of(2027, 2, 9), "Martes de Carnaval");
        assertHoliday(LocalDate.of(2027, 3, 26), "Viernes Santo");
        assertHoliday(LocalDate.of(2025, 3, 4), "Martes de Carnaval");
        assertHoliday(LocalDate.of(2025, 4, 18), "Viernes Santo");
        // Carnival Monday and Wednesday are not holidays by law (only by decree, as closures)
        assertTrue(calendar.isBusinessDay(LocalDate.of(2027, 2, 8)));
        assertTrue(calendar.isBusinessDay(LocalDate.of(2027, 2, 10)));
    }

    @Test
    void theHolidaysOf2026AreListedInOrderWithTheSundayMoves() {
        List<LocalDate> dates = calendar.holidaysOf(2026).stream().map(Holiday::date).toList();
        assertEquals(List.of(
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 9), LocalDate.of(2026, 2, 17),
                LocalDate.of(2026, 4, 3), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 11, 3),
                LocalDate.of(2026, 11, 4), LocalDate.of(2026, 11, 5), LocalDate.of(2026, 11, 10),
                LocalDate.of(2026, 11, 28), LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 21),
                LocalDate.of(2026, 12, 25)), dates);
        Holiday mourning = calendar.holidaysOf(2026).get(11);
        assertEquals("Día de Duelo Nacional", mourning.name());
        assertEquals(LocalDate.of(2026, 12, 20), mourning.movedFrom());
        assertTrue(mourning.isMoved());
    }

    @Test
    void aFixedHolidayOnASundayIsObservedOnTheMonday() {
        LocalDate sunday = LocalDate.of(2027, 11, 28);
        LocalDate monday = LocalDate.of(2027, 11, 29);
        assertEquals("Sunday (weekend)", calendar.whyNotBusinessDay(sunday).orElseThrow());
        assertFalse(calendar.isBusinessDay(monday));
        assertEquals("Independencia de Panamá de España (Independence from Spain; 28 November, moved from Sunday)",
                calendar.whyNotBusinessDay(monday).orElseThrow());

        assertFalse(calendar.isBusinessDay(LocalDate.of(2022, 5, 2)));
        assertTrue(calendar.whyNotBusinessDay(LocalDate.of(2022, 5, 2)).orElseThrow()
                .contains("Día del Trabajo (Labour Day; 1 May, moved from Sunday)"));
    }

    @Test
    void aFixedHolidayOnASaturdayIsNotMoved() {
        // 1 May 2027 and 25 December 2027 are Saturdays
        assertTrue(calendar.isBusinessDay(LocalDate.of(2027, 5, 3)));
        assertTrue(calendar.isBusinessDay(LocalDate.of(2027, 12, 27)));
        assertEquals("Saturday (weekend); Navidad (Christmas Day)",
                calendar.whyNotBusinessDay(LocalDate.of(2027, 12, 25)).orElseThrow());
    }

    @Test
    void twentiethOfDecemberIsAHolidayOnlyFrom2022() {
        assertTrue(calendar.isBusinessDay(LocalDate.of(2021, 12, 20)), "Monday 20 December 2021");
        assertFalse(calendar.isBusinessDay(LocalDate.of(2022, 12, 20)), "Tuesday 20 December 2022");
        assertHoliday(LocalDate.of(2027, 12, 20), "Día de Duelo Nacional");
        assertEquals(12, calendar.holidaysOf(2021).size());
        assertEquals(13, calendar.holidaysOf(2022).size());
    }

    @Test
    void flagDayIsAHolidayByDefaultButCanBeSwitchedOff() {
        LocalDate flagDay = LocalDate.of(2026, 11, 4);
        assertTrue(calendar.flagDayObserved());
        assertEquals("Día de la Bandera (Flag Day)", calendar.whyNotBusinessDay(flagDay).orElseThrow());

        BusinessCalendar withoutFlagDay = BusinessCalendar.builder().flagDayObserved(false).build();
        assertTrue(withoutFlagDay.isBusinessDay(flagDay));
        assertTrue(withoutFlagDay.holidaysOf(2026).stream().noneMatch(h -> h.date().equals(flagDay)));
        assertEquals(12, withoutFlagDay.holidaysOf(2026).size());
    }

    @Test
    void aSundayHolidayMovedOntoAnotherHolidayKeepsBothReasons() {
        // 3 November 2024 was a Sunday: observed on Monday 4 November, Flag Day
        LocalDate monday = LocalDate.of(2024, 11, 4);
        assertEquals(2, calendar.holidaysOn(monday).size());
        assertEquals("Separación de Panamá de Colombia (Separation from Colombia; 3 November, moved from Sunday); "
                + "Día de la Bandera (Flag Day)", calendar.whyNotBusinessDay(monday).orElseThrow());
        // without Flag Day, 4 November 2024 is still a holiday because of the move
        assertFalse(calendar.withFlagDayObserved(false).isBusinessDay(monday));
    }

    private void assertHoliday(LocalDate date, String name) {
        assertTrue(calendar.isHoliday(date), date + " should be a holiday");
        assertFalse(calendar.isBusinessDay(date));
        assertEquals(name, calendar.holidaysOn(date).get(0).name());
    }
}
