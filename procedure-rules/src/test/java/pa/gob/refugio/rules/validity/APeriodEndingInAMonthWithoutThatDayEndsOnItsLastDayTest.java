package pa.gob.refugio.rules.validity;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class APeriodEndingInAMonthWithoutThatDayEndsOnItsLastDayTest {

    @Test
    void sixMonthsFrom31AugustEndOnTheLastDayOfFebruary() {
        assertEquals(of(2026, 2, 28), DocumentValidity.lastDay(of(2025, 8, 31), 6));
        assertEquals(of(2028, 2, 29), DocumentValidity.lastDay(of(2027, 8, 31), 6));
    }

    @Test
    void oneMonthFrom31JanuaryEndsOn28FebruaryInACommonYearAnd29InALeapYear() {
        assertEquals(of(2027, 2, 28), DocumentValidity.lastDay(of(2027, 1, 31), 1));
        assertEquals(of(2028, 2, 29), DocumentValidity.lastDay(of(2028, 1, 31), 1));
    }

    @Test
    void theLastDaysOfJanuaryAllEndOnTheLastDayOfFebruaryWhenFebruaryLacksTheirDate() {
        assertEquals(of(2027, 2, 27), DocumentValidity.lastDay(of(2027, 1, 28), 1));
        assertEquals(of(2027, 2, 28), DocumentValidity.lastDay(of(2027, 1, 29), 1));
        assertEquals(of(2027, 2, 28), DocumentValidity.lastDay(of(2027, 1, 30), 1));
        assertEquals(of(2028, 2, 28), DocumentValidity.lastDay(of(2028, 1, 29), 1));
        assertEquals(of(2028, 2, 29), DocumentValidity.lastDay(of(2028, 1, 30), 1));
    }

    @Test
    void twelveMonthsFrom29February2028EndOn28February2029() {
        assertEquals(of(2029, 2, 28), DocumentValidity.lastDay(of(2028, 2, 29), 12));
        assertEquals(of(2029, 2, 27), DocumentValidity.lastDay(of(2028, 2, 28), 12));
        assertEquals(of(2032, 2, 28), DocumentValidity.lastDay(of(2028, 2, 29), 48));
    }

    @Test
    void aDayOf31EndsOnTheLastDayOfAThirtyDayMonth() {
        assertEquals(of(2026, 4, 30), DocumentValidity.lastDay(of(2026, 3, 31), 1));
        assertEquals(of(2026, 11, 30), DocumentValidity.lastDay(of(2026, 5, 31), 6));
    }

    @Test
    void aLaterIssueDateNeverEndsEarlierAndEveryPeriodIsAtLeastTheShortestMonthsLong() {
        for (LocalDate d = of(2027, 1, 1); d.isBefore(of(2029, 12, 31)); d = d.plusDays(1)) {
            for (int months : new int[] {1, 6, 12}) {
                LocalDate last = DocumentValidity.lastDay(d, months);
                assertFalse(last.isBefore(DocumentValidity.lastDay(d.minusDays(1), months)), d + " + " + months);
                assertFalse(last.isBefore(d.plusDays(28L * months - 1)), d + " + " + months);
                assertFalse(last.isAfter(d.plusMonths(months)), d + " + " + months);
            }
        }
    }
}
