package pa.gob.refugio.rules.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import pa.gob.refugio.rules.calendar.BusinessCalendar;

class ConfirmedRejectionMayBeAppealedToTheMinisterWithinFiveBusinessDaysTest {

    @Test
    void theAppealWindowCountsLikeReconsiderationWithItsOwnLegalBasis() {
        Deadline d = new Deadlines(BusinessCalendar.panama()).appeal(LocalDate.of(2026, 10, 30));
        assertEquals("appeal", d.name());
        assertEquals("Executive Decree 5 of 2018: appeal to the Minister of Government within 5 business days of notification",
                d.legalBasis());
        assertEquals(LocalDate.of(2026, 11, 12), d.lastDay());
        assertTrue(d.explanation().startsWith("Appeal: notified on Friday 30 October 2026."), d.explanation());
    }

    @Test
    void theNumberOfBusinessDaysIsALegalParameter() {
        Deadlines threeDays = new Deadlines(BusinessCalendar.panama(), 3, 6);
        // notified Monday 9 March 2026: Tue 10, Wed 11, Thu 12
        Deadline appeal = threeDays.appeal(LocalDate.of(2026, 3, 9));
        assertEquals(LocalDate.of(2026, 3, 12), appeal.lastDay());
        assertTrue(appeal.legalBasis().contains("within 3 business days"));

        Deadlines different = new Deadlines(BusinessCalendar.panama(), 5, 10, 6);
        assertEquals(LocalDate.of(2026, 3, 16), different.reconsideration(LocalDate.of(2026, 3, 9)).lastDay());
        assertEquals(LocalDate.of(2026, 3, 23), different.appeal(LocalDate.of(2026, 3, 9)).lastDay());

        assertThrows(IllegalArgumentException.class, () -> new Deadlines(BusinessCalendar.panama(), 0, 6));
    }
}
