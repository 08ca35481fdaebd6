package pa.gob.refugio.appeals.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.kit.problem.ProblemException;

class ChallengeWindowsOpenAndAreEitherUsedOrLapseTest {

    @Test
    void anOpenWindowIsUsedByOneFiling() {
        assertEquals(WindowStatus.USED, WindowStatus.OPEN.use(WindowKind.RECONSIDERATION));
    }

    @Test
    void aUsedWindowCannotBeUsedAgain() {
        ProblemException e = assertThrows(ProblemException.class, () -> WindowStatus.USED.use(WindowKind.APPEAL));
        assertEquals(409, e.status());
        assertTrue(e.getMessage().contains("appeal was already filed"), e.getMessage());
    }

    @Test
    void aLapsedWindowCannotBeUsed() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> WindowStatus.LAPSED.use(WindowKind.RECONSIDERATION));
        assertEquals(409, e.status());
    }

    @Test
    void onlyAnOpenWindowLapses() {
        assertEquals(WindowStatus.LAPSED, WindowStatus.OPEN.lapse(WindowKind.APPEAL));
        assertEquals(409, assertThrows(ProblemException.class,
                () -> WindowStatus.USED.lapse(WindowKind.APPEAL)).status());
        assertEquals(409, assertThrows(ProblemException.class,
                () -> WindowStatus.LAPSED.lapse(WindowKind.APPEAL)).status());
    }

    @Test
    void aWindowLapsesTheDayAfterItsLastDayNotOnIt() {
        LocalDate lastDay = LocalDate.of(2026, 11, 12);
        assertFalse(Lapse.isDue(WindowStatus.OPEN, lastDay, lastDay));
        assertTrue(Lapse.isDue(WindowStatus.OPEN, lastDay, lastDay.plusDays(1)));
        assertFalse(Lapse.isDue(WindowStatus.USED, lastDay, lastDay.plusDays(1)));
        assertFalse(Lapse.isDue(WindowStatus.LAPSED, lastDay, lastDay.plusDays(30)));
    }

    @Test
    void theAdministrativeRouteEndsWithTheNotifiedDenialOfTheAppealOrALapsedWindow() {
        assertFalse(AdministrativeRoute.exhausted(List.of(WindowStatus.OPEN), List.of()));
        assertFalse(AdministrativeRoute.exhausted(List.of(WindowStatus.USED, WindowStatus.USED),
                List.of(AppealStatus.FILED)));
        assertFalse(AdministrativeRoute.exhausted(List.of(WindowStatus.USED, WindowStatus.USED),
                List.of(AppealStatus.GRANTED)));
        assertTrue(AdministrativeRoute.exhausted(List.of(WindowStatus.USED, WindowStatus.USED),
                List.of(AppealStatus.DENIED)));
        assertTrue(AdministrativeRoute.exhausted(List.of(WindowStatus.LAPSED), List.of()));
        assertTrue(AdministrativeRoute.exhausted(List.of(WindowStatus.USED, WindowStatus.LAPSED), List.of()));
    }
}
