package pa.gob.refugio.rules.validity;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class APeriodOfMonthsEndsTheDayBeforeTheSameDateMonthsLaterTest {

    @Test
    void aProvisionalIdIssuedOn30NovemberIsValidUntil29May() {
        assertEquals(of(2027, 5, 29), DocumentValidity.lastDay(of(2026, 11, 30), 6));
    }

    @Test
    void aCertificateIssuedOn10MarchIsValidUntil9September() {
        assertEquals(of(2026, 9, 9), DocumentValidity.lastDay(of(2026, 3, 10), 6));
    }

    @Test
    void aRefugeeDocumentIssuedOn15JuneIsValidUntil14JuneOfTheNextYear() {
        assertEquals(of(2027, 6, 14), DocumentValidity.lastDay(of(2026, 6, 15), 12));
    }

    @Test
    void aPeriodStartingOnTheFirstOfAMonthEndsOnTheLastDayOfAMonth() {
        assertEquals(of(2026, 1, 31), DocumentValidity.lastDay(of(2026, 1, 1), 1));
        assertEquals(of(2027, 2, 28), DocumentValidity.lastDay(of(2026, 9, 1), 6));
        assertEquals(of(2028, 2, 29), DocumentValidity.lastDay(of(2027, 9, 1), 6));
        assertEquals(of(2026, 12, 31), DocumentValidity.lastDay(of(2026, 1, 1), 12));
    }

    @Test
    void aPeriodCrossingTheYearEndKeepsCountingCalendarMonths() {
        assertEquals(of(2027, 1, 30), DocumentValidity.lastDay(of(2026, 7, 31), 6));
        assertEquals(of(2027, 4, 30), DocumentValidity.lastDay(of(2026, 10, 31), 6));
    }

    @Test
    void aPeriodIsAPositiveNumberOfMonths() {
        assertThrows(IllegalArgumentException.class, () -> DocumentValidity.lastDay(of(2026, 1, 1), 0));
        assertThrows(IllegalArgumentException.class, () -> DocumentValidity.lastDay(of(2026, 1, 1), -6));
    }
}
