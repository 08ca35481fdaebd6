package pa.gob.refugio.registration.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ASmallCountIsHiddenAndCannotBeRecoveredFromTheOtherCellsTest {

    static Map<String, Long> cells(Object... keyValues) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], ((Number) keyValues[i + 1]).longValue());
        }
        return m;
    }

    @Test
    void countsFromOneToFourAreHiddenZeroAndFiveAreShown() {
        Map<String, Long> shown = Suppression.apply(cells("A", 0, "B", 1, "C", 4, "D", 5, "E", 100), 5);
        assertEquals(0L, shown.get("A"));
        assertNull(shown.get("B"));
        assertNull(shown.get("C"));
        assertEquals(5L, shown.get("D"));
        assertEquals(100L, shown.get("E"));
    }

    @Test
    void aSingleHiddenCellHidesTheSmallestOtherCellSoThatTheTotalOfAnotherBreakdownDoesNotRevealIt() {
        Map<String, Long> shown = Suppression.apply(cells("F", 3, "M", 40, "X", 9, "U", 0), 5);
        assertNull(shown.get("F"));
        assertNull(shown.get("X"), "the smallest other non-zero cell");
        assertEquals(40L, shown.get("M"));
        assertEquals(0L, shown.get("U"));
        assertTrue(Suppression.anySuppressed(shown.values()));
    }

    @Test
    void twoHiddenCellsNeedNoSecondarySuppression() {
        Map<String, Long> shown = Suppression.apply(cells("A", 2, "B", 3, "C", 50), 5);
        assertEquals(50L, shown.get("C"));
        assertNull(shown.get("A"));
        assertNull(shown.get("B"));
    }

    @Test
    void aBreakdownWithNothingSmallIsShownWhole() {
        assertFalse(Suppression.anySuppressed(Suppression.apply(cells("A", 5, "B", 0), 5).values()));
    }

    @Test
    void ageGroupsAreUnhcrsAtTheDateAsked() {
        LocalDate at = LocalDate.of(2026, 11, 30);
        assertEquals("0-4", StatisticsService.ageGroup(LocalDate.of(2021, 12, 1), at));
        assertEquals("5-11", StatisticsService.ageGroup(LocalDate.of(2021, 11, 30), at));
        assertEquals("12-17", StatisticsService.ageGroup(LocalDate.of(2009, 1, 1), at));
        assertEquals("18-59", StatisticsService.ageGroup(LocalDate.of(2008, 11, 30), at));
        assertEquals("60+", StatisticsService.ageGroup(LocalDate.of(1966, 11, 30), at));
    }

    @Test
    void csvShowsHiddenCellsAsLessThanFiveAndNeutralisesFormulas() {
        assertEquals("'=cmd", StatisticsCsv.field("=cmd"));
        assertEquals("\"a,b\"", StatisticsCsv.field("a,b"));
        assertEquals("-1.5", StatisticsCsv.field("-1.5"));
    }
}
