package pa.gob.refugio.rules.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The holiday list against the Labour Code, art. 46 as amended by Ley 291 de 2022, and art. 47 (Sunday moves to
 * Monday), for 2015–2060; and against published tables for 2024–2026 (sources in {@link PanamaHolidays}).
 */
class HolidaysFollowTheLabourCodeAndPublishedTablesOverManyYearsTest {

    private static final List<MonthDay> ART_46_FIXED = List.of(MonthDay.of(1, 1), MonthDay.of(1, 9),
            MonthDay.of(5, 1), MonthDay.of(11, 3), MonthDay.of(11, 5), MonthDay.of(11, 10), MonthDay.of(11, 28),
            MonthDay.of(12, 8), MonthDay.of(12, 25));

    private static Set<LocalDate> observed(int year, boolean flagDay) {
        return PanamaHolidays.of(year, flagDay).stream().map(Holiday::date).collect(Collectors.toSet());
    }

    @Test
    void everyYearHasTheArticle46DaysEachObservedOnItsDateOrTheMondayAfterASunday() {
        for (int year = 2015; year <= 2060; year++) {
            Set<LocalDate> days = observed(year, false);
            List<MonthDay> fixed = new java.util.ArrayList<>(ART_46_FIXED);
            if (year >= 2022) {
                fixed.add(MonthDay.of(12, 20));
            }
            if ((year - 2024) % 5 == 0) {
                fixed.add(MonthDay.of(7, 1));
            }
            for (MonthDay md : fixed) {
                LocalDate date = md.atYear(year);
                LocalDate expected = date.getDayOfWeek() == DayOfWeek.SUNDAY ? date.plusDays(1) : date;
                assertTrue(days.contains(expected), md + " in " + year);
            }
            assertTrue(days.contains(Easter.carnivalTuesday(year)), "Carnival Tuesday " + year);
            assertTrue(days.contains(Easter.goodFriday(year)), "Good Friday " + year);
            assertEquals(DayOfWeek.TUESDAY, Easter.carnivalTuesday(year).getDayOfWeek());
            assertEquals(DayOfWeek.FRIDAY, Easter.goodFriday(year).getDayOfWeek());
            assertEquals(fixed.size() + 2, PanamaHolidays.of(year, false).size(), "count in " + year);
            PanamaHolidays.of(year, true).forEach(h -> assertNotEquals(DayOfWeek.SUNDAY, h.date().getDayOfWeek(),
                    h.toString()));
        }
    }

    @Test
    void nationalMourningOn20DecemberOnlyFrom2022() {
        assertFalse(observed(2021, false).contains(LocalDate.of(2021, 12, 20)));
        assertTrue(observed(2022, false).contains(LocalDate.of(2022, 12, 20)));
    }

    @Test
    void thePresidentialInaugurationIsAHolidayEveryFiveYears() {
        assertTrue(observed(2019, false).contains(LocalDate.of(2019, 7, 1)));
        assertTrue(observed(2024, false).contains(LocalDate.of(2024, 7, 1)));
        assertFalse(observed(2025, false).contains(LocalDate.of(2025, 7, 1)));
        // 1 July 2029 is a Sunday: observed Monday 2 July (art. 47)
        assertTrue(observed(2029, false).contains(LocalDate.of(2029, 7, 2)));
    }

    @Test
    void twentyTwentySixMatchesTheOfficialCalendarPublishedByLaEstrellaAndOrain() {
        assertEquals(Set.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 9), LocalDate.of(2026, 2, 17),
                LocalDate.of(2026, 4, 3), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 11, 3),
                LocalDate.of(2026, 11, 5), LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 28),
                LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 21), LocalDate.of(2026, 12, 25)),
                observed(2026, false));
    }

    @Test
    void twentyTwentyFiveMatchesThePublishedNovemberAndDecemberTable() {
        Set<LocalDate> days = observed(2025, true);
        for (LocalDate d : List.of(LocalDate.of(2025, 3, 4), LocalDate.of(2025, 4, 18), LocalDate.of(2025, 11, 4),
                LocalDate.of(2025, 11, 5), LocalDate.of(2025, 11, 10), LocalDate.of(2025, 11, 28),
                LocalDate.of(2025, 12, 8), LocalDate.of(2025, 12, 20), LocalDate.of(2025, 12, 25))) {
            assertTrue(days.contains(d), d.toString());
        }
        // 20 December 2025 is a Saturday: no Monday in lieu (art. 47 moves Sundays only)
        assertFalse(days.contains(LocalDate.of(2025, 12, 22)));
    }

    @Test
    void twentyTwentyFourMovesMothersDayToMonday9December() {
        Set<LocalDate> days = observed(2024, true);
        assertTrue(days.contains(LocalDate.of(2024, 12, 9)));
        assertFalse(days.contains(LocalDate.of(2024, 12, 8)));
        assertTrue(days.contains(LocalDate.of(2024, 2, 13)));
        assertTrue(days.contains(LocalDate.of(2024, 3, 29)));
    }

    @Test
    void flagDayIsNotInArticle46ButCountsForPublicOfficesWhenObserved() {
        assertFalse(observed(2026, false).contains(LocalDate.of(2026, 11, 4)));
        assertTrue(observed(2026, true).contains(LocalDate.of(2026, 11, 4)));
    }
}
