package pa.gob.refugio.rules.validity;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ARenewalStartsTheDayAfterTheFormerLastDayTest {

    @Test
    void aRenewalStartsTheDayAfterTheFormerLastDay() {
        assertEquals(of(2027, 5, 30), DocumentValidity.renewalFirstDay(of(2027, 5, 29)));
        assertEquals(of(2027, 11, 29), DocumentValidity.renewedLastDay(of(2027, 5, 29), 6));
    }

    @Test
    void aRenewalOfADocumentEndingOnTheLastDayOfFebruaryRunsToTheEndOfAugust() {
        assertEquals(of(2026, 8, 31), DocumentValidity.renewedLastDay(of(2026, 2, 28), 6));
        assertEquals(of(2029, 2, 28), DocumentValidity.renewedLastDay(of(2028, 2, 29), 12));
    }

    @Test
    void successiveRenewalsLeaveNoGapAndNoOverlap() {
        LocalDate issued = of(2026, 11, 30);
        LocalDate lastDay = DocumentValidity.lastDay(issued, 6);
        for (int i = 0; i < 10; i++) {
            LocalDate next = DocumentValidity.renewedLastDay(lastDay, 6);
            assertEquals(lastDay.plusDays(1), DocumentValidity.renewalFirstDay(lastDay));
            assertEquals(DocumentValidity.lastDay(lastDay.plusDays(1), 6), next);
            lastDay = next;
        }
        // ten renewals of six months after 30 November 2026: 66 months in all, ending the day before 30 May 2032
        assertEquals(of(2032, 5, 29), lastDay);
    }

    @Test
    void aRenewalAfterAFirstPeriodOfSixMonthsEqualsAFirstPeriodOfTwelve() {
        for (LocalDate d = of(2027, 1, 1); d.isBefore(of(2029, 1, 1)); d = d.plusDays(1)) {
            if (d.getDayOfMonth() <= 28) {
                assertEquals(DocumentValidity.lastDay(d, 12),
                        DocumentValidity.renewedLastDay(DocumentValidity.lastDay(d, 6), 6), d.toString());
            }
        }
    }
}
