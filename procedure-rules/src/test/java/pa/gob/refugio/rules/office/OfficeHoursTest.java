package pa.gob.refugio.rules.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import pa.gob.refugio.rules.calendar.BusinessCalendar;
import pa.gob.refugio.rules.calendar.Closure;

class OfficeHoursTest {

    private static final Duration HALF_HOUR = Duration.ofMinutes(30);
    private static final Duration HOUR = Duration.ofMinutes(60);

    private final BusinessCalendar calendar = BusinessCalendar.panama();
    private final OfficeHours onpar = OfficeHours.standard("ONPAR Panama City");

    @Test
    void standardHoursAreSevenToFour() {
        assertEquals(LocalTime.of(7, 0), onpar.opens());
        assertEquals(LocalTime.of(16, 0), onpar.closes());
        assertEquals(18, onpar.slotsPerDay(HALF_HOUR));
        assertTrue(onpar.isOpenAt(calendar, LocalDateTime.of(2026, 3, 9, 7, 0)));
        assertFalse(onpar.isOpenAt(calendar, LocalDateTime.of(2026, 3, 9, 16, 0)));
        assertFalse(onpar.isOpenAt(calendar, LocalDateTime.of(2026, 4, 3, 10, 0)), "Good Friday");
    }

    @Test
    void theFirstSlotOfAnEmptyDayIsAtOpening() {
        assertEquals(LocalDateTime.of(2026, 3, 9, 7, 0),
                onpar.nextFreeSlot(calendar, LocalDateTime.of(2026, 3, 9, 6, 0), HALF_HOUR, 18, day -> 0));
    }

    @Test
    void bookedSlotsAreFilledInOrder() {
        assertEquals(LocalDateTime.of(2026, 3, 9, 8, 30),
                onpar.nextFreeSlot(calendar, LocalDateTime.of(2026, 3, 9, 6, 0), HALF_HOUR, 18, day -> 3));
    }

    @Test
    void aSlotNeverStartsBeforeTheRequestedTime() {
        LocalDateTime tenPastTen = LocalDateTime.of(2026, 3, 9, 10, 10);
        assertEquals(LocalDateTime.of(2026, 3, 9, 10, 30),
                onpar.nextFreeSlot(calendar, tenPastTen, HALF_HOUR, 18, day -> 0));
        assertEquals(LocalDateTime.of(2026, 3, 9, 11, 0),
                onpar.nextFreeSlot(calendar, tenPastTen, HALF_HOUR, 18, day -> 8));
        assertEquals(LocalDateTime.of(2026, 3, 9, 10, 30),
                onpar.nextFreeSlot(calendar, LocalDateTime.of(2026, 3, 9, 10, 30), HALF_HOUR, 18, day -> 0));
    }

    @Test
    void theLastSlotMustEndByClosingTime() {
        assertEquals(LocalDateTime.of(2026, 3, 9, 15, 30),
                onpar.nextFreeSlot(calendar, LocalDateTime.of(2026, 3, 9, 15, 30), HALF_HOUR, 18, day -> 0));
        // an hour from 15:01 would start at 16:00: Tuesday 10 March at opening instead
        assertEquals(LocalDateTime.of(2026, 3, 10, 7, 0),
                onpar.nextFreeSlot(calendar, LocalDateTime.of(2026, 3, 9, 15, 1), HOUR, 9, day -> 0));
    }

    @Test
    void afterClosingOnFridayTheNextSlotIsMondayMorning() {
        assertEquals(LocalDateTime.of(2026, 3, 16, 7, 0),
                onpar.nextFreeSlot(calendar, LocalDateTime.of(2026, 3, 13, 16, 0), HALF_HOUR, 18, day -> 0));
    }

    @Test
    void weekendsAreSkipped() {
        assertEquals(LocalDateTime.of(2026, 3, 16, 7, 0),
                onpar.nextFreeSlot(calendar, LocalDateTime.of(2026, 3, 14, 9, 0), HALF_HOUR, 18, day -> 0));
    }

    @Test
    void holidaysAreSkipped() {
        // after closing on Monday 2 November 2026: 3, 4 (Flag Day) and 5 November are holidays
        LocalDateTime mondayEvening = LocalDateTime.of(2026, 11, 2, 16, 30);
        assertEquals(LocalDateTime.of(2026, 11, 6, 7, 0),
                onpar.nextFreeSlot(calendar, mondayEvening, HALF_HOUR, 18, day -> 0));
        assertEquals(LocalDateTime.of(2026, 11, 4, 7, 0),
                onpar.nextFreeSlot(calendar.withFlagDayObserved(false), mondayEvening, HALF_HOUR, 18, day -> 0));
    }

    @Test
    void decreedClosuresAreSkipped() {
        BusinessCalendar closedMonday = calendar.withClosure(
                new Closure(LocalDate.of(2026, 3, 16), "Cierre de oficinas públicas", "Decreto Ejecutivo 3 de 2026"));
        assertEquals(LocalDateTime.of(2026, 3, 17, 7, 0),
                onpar.nextFreeSlot(closedMonday, LocalDateTime.of(2026, 3, 13, 17, 0), HALF_HOUR, 18, day -> 0));
    }

    @Test
    void fullDaysAreSkipped() {
        Map<LocalDate, Integer> booked = Map.of(
                LocalDate.of(2026, 3, 9), 4,
                LocalDate.of(2026, 3, 10), 4,
                LocalDate.of(2026, 3, 11), 2);
        assertEquals(LocalDateTime.of(2026, 3, 11, 9, 0),
                onpar.nextFreeSlot(calendar, LocalDateTime.of(2026, 3, 9, 8, 0), HOUR, 4, booked::get));
    }

    @Test
    void aCapacityLargerThanTheDayIsLimitedByClosingTime() {
        assertEquals(LocalDateTime.of(2026, 3, 10, 7, 0),
                onpar.nextFreeSlot(calendar, LocalDateTime.of(2026, 3, 9, 7, 0), HOUR, 100,
                        day -> day.equals(LocalDate.of(2026, 3, 9)) ? 9 : 0));
    }

    @Test
    void takenSlotsCanBeGivenAsAPredicate() {
        Set<LocalDateTime> taken = Set.of(LocalDateTime.of(2026, 3, 9, 7, 0), LocalDateTime.of(2026, 3, 9, 7, 30),
                LocalDateTime.of(2026, 3, 9, 8, 30));
        assertEquals(LocalDateTime.of(2026, 3, 9, 8, 0),
                onpar.nextFreeSlot(calendar, LocalDateTime.of(2026, 3, 9, 6, 45), HALF_HOUR, taken::contains));
        assertEquals(LocalDateTime.of(2026, 3, 9, 9, 0),
                onpar.nextFreeSlot(calendar, LocalDateTime.of(2026, 3, 9, 8, 15), HALF_HOUR, taken::contains));
        // Good Friday 2026 then the weekend
        assertEquals(LocalDateTime.of(2026, 4, 6, 7, 0),
                onpar.nextFreeSlot(calendar, LocalDateTime.of(2026, 4, 2, 15, 45), HALF_HOUR, taken::contains));
    }

    @Test
    void eachSiteHasItsOwnHours() {
        OfficeHours meteti = new OfficeHours("ONPAR Metetí", LocalTime.of(8, 0), LocalTime.of(12, 0));
        assertEquals(4, meteti.slotsPerDay(HOUR));
        assertEquals(LocalDateTime.of(2026, 3, 9, 11, 0),
                meteti.nextFreeSlot(calendar, LocalDateTime.of(2026, 3, 9, 9, 0), HOUR, 10, day -> 3));
        assertEquals(LocalDateTime.of(2026, 3, 10, 8, 0),
                meteti.nextFreeSlot(calendar, LocalDateTime.of(2026, 3, 9, 9, 0), HOUR, 10,
                        day -> day.equals(LocalDate.of(2026, 3, 9)) ? 4 : 0));
        assertThrows(IllegalArgumentException.class,
                () -> new OfficeHours("upside down", LocalTime.of(16, 0), LocalTime.of(7, 0)));
        assertThrows(IllegalArgumentException.class,
                () -> meteti.nextFreeSlot(calendar, LocalDateTime.of(2026, 3, 9, 9, 0), Duration.ofHours(5), 1, d -> 0));
    }

    @Test
    void aSearchWithNoFreeSlotEndsWithAClearError() {
        assertThrows(IllegalStateException.class,
                () -> onpar.nextFreeSlot(calendar, LocalDateTime.of(2026, 3, 9, 7, 0), HOUR, 4, day -> 4));
    }
}
