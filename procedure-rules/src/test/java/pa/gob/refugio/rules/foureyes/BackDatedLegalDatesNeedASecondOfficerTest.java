package pa.gob.refugio.rules.foureyes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.rules.calendar.BusinessCalendar;

class BackDatedLegalDatesNeedASecondOfficerTest {

    private static final BusinessCalendar PANAMA = BusinessCalendar.panama();
    private static final LegalDateCheck CHECK = new LegalDateCheck(PANAMA, LegalDateCheck.DEFAULT_ALLOWED_BUSINESS_DAYS);
    /** Monday 7 December 2026 (8 December is a holiday, not in this range). */
    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    @Test
    void todayAndTheTwoPreviousBusinessDaysTakeEffectAtOnce() {
        assertFalse(CHECK.needsSecondOfficer(MONDAY, MONDAY));
        assertFalse(CHECK.needsSecondOfficer(MONDAY.minusDays(3), MONDAY), "Friday");
        assertFalse(CHECK.needsSecondOfficer(MONDAY.minusDays(4), MONDAY), "Thursday");
        assertEquals(2, CHECK.businessDaysBack(MONDAY.minusDays(4), MONDAY));
    }

    @Test
    void aDateThreeBusinessDaysBackNeedsASecondOfficer() {
        assertTrue(CHECK.needsSecondOfficer(MONDAY.minusDays(5), MONDAY), "Wednesday");
        assertTrue(CHECK.needsSecondOfficer(MONDAY.minusDays(30), MONDAY), "thirty days ago");
    }

    @Test
    void weekendsAndHolidaysAreNotCountedBack() {
        assertEquals(0, CHECK.businessDaysBack(MONDAY.minusDays(2), MONDAY), "Saturday");
        // Thursday 10 December: Wednesday 9th and Tuesday 8th (Mothers' Day, a holiday) → Monday 7th is 2 back
        LocalDate thursday = LocalDate.of(2026, 12, 10);
        assertEquals(2, CHECK.businessDaysBack(MONDAY, thursday));
        assertFalse(CHECK.needsSecondOfficer(MONDAY, thursday));
    }

    @Test
    void aFutureOrMissingDateIsNotBackDated() {
        assertFalse(CHECK.needsSecondOfficer(MONDAY.plusDays(1), MONDAY));
        assertFalse(CHECK.needsSecondOfficer(null, MONDAY));
    }

    @Test
    void theNumberOfDaysIsConfigurable() {
        LegalDateCheck strict = new LegalDateCheck(PANAMA, 0);
        assertTrue(strict.needsSecondOfficer(MONDAY.minusDays(3), MONDAY));
        assertFalse(strict.needsSecondOfficer(MONDAY, MONDAY));
        assertThrows(IllegalArgumentException.class, () -> new LegalDateCheck(PANAMA, -1));
    }

    @Test
    void onlyAnotherPersonIsASecondOfficer() {
        assertFalse(LegalDateCheck.isSecondOfficer("ana.rojas", "ana.rojas"));
        assertFalse(LegalDateCheck.isSecondOfficer("ana.rojas", " Ana.Rojas "));
        assertFalse(LegalDateCheck.isSecondOfficer("ana.rojas", null));
        assertTrue(LegalDateCheck.isSecondOfficer("ana.rojas", "luis.gomez"));
    }
}
