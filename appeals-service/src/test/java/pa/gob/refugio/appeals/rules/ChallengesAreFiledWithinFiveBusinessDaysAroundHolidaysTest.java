package pa.gob.refugio.appeals.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.kit.deadline.DeadlineView;
import pa.gob.refugio.kit.problem.Problem;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.rules.calendar.BusinessCalendar;
import pa.gob.refugio.rules.calendar.Closure;
import pa.gob.refugio.rules.deadline.Deadline;
import pa.gob.refugio.rules.deadline.Deadlines;

class ChallengesAreFiledWithinFiveBusinessDaysAroundHolidaysTest {

    private static final LocalDate FAR_LATER = LocalDate.of(2030, 1, 1);

    private final Deadlines deadlines = new Deadlines(BusinessCalendar.panama());

    @Test
    void aReconsiderationAcrossCarnivalIsInTimeUpToTheFifthBusinessDay() {
        // notified Friday 5 February 2027; Carnival Tuesday 9 February skipped; last day Monday 15 February
        Deadline d = deadlines.reconsideration(LocalDate.of(2027, 2, 5));
        assertEquals(LocalDate.of(2027, 2, 15), d.lastDay());
        assertEquals(WindowStatus.USED,
                Filing.check(WindowKind.RECONSIDERATION, WindowStatus.OPEN, d, LocalDate.of(2027, 2, 15), FAR_LATER));
        ProblemException late = assertThrows(ProblemException.class, () ->
                Filing.check(WindowKind.RECONSIDERATION, WindowStatus.OPEN, d, LocalDate.of(2027, 2, 16), FAR_LATER));
        assertEquals(422, late.status());
        DeadlineView deadline = (DeadlineView) facts(late).get("deadline");
        assertEquals(LocalDate.of(2027, 2, 15), deadline.lastDay());
        assertEquals("reconsideration", deadline.name());
        // outside an HTTP request the explanation is in Spanish, the default language
        assertTrue(deadline.skippedDays().contains("2027-02-09: Martes de Carnaval"), deadline.skippedDays().toString());
        assertTrue(DeadlineView.of(d, java.util.Locale.ENGLISH).skippedDays()
                .contains("2027-02-09: Martes de Carnaval (Carnival Tuesday)"));
        assertTrue(late.getMessage().contains("reconsideration deadline ended on 2027-02-15"), late.getMessage());
    }

    @Test
    void decreedCarnivalClosuresPushTheLastDayFurther() {
        BusinessCalendar withClosures = BusinessCalendar.panama()
                .withClosure(new Closure(LocalDate.of(2027, 2, 8), "Lunes de Carnaval", "Decreto Ejecutivo 12 de 2027"))
                .withClosure(new Closure(LocalDate.of(2027, 2, 10), "Miércoles de Ceniza", "Decreto Ejecutivo 12 de 2027"));
        Deadline d = new Deadlines(withClosures).reconsideration(LocalDate.of(2027, 2, 5));
        assertEquals(LocalDate.of(2027, 2, 17), d.lastDay());
        assertEquals(WindowStatus.USED,
                Filing.check(WindowKind.RECONSIDERATION, WindowStatus.OPEN, d, LocalDate.of(2027, 2, 16), FAR_LATER));
    }

    @Test
    void anAppealAcrossHolyWeekSkipsGoodFriday() {
        // confirmation notified Tuesday 23 March 2027: Wed 24 (1), Thu 25 (2), Fri 26 Good Friday, Mon 29 (3),
        // Tue 30 (4), Wed 31 (5)
        Deadline d = deadlines.appeal(LocalDate.of(2027, 3, 23));
        assertEquals("appeal", d.name());
        assertEquals(LocalDate.of(2027, 3, 31), d.lastDay());
        assertTrue(d.explanation().contains("Viernes Santo (Good Friday)"), d.explanation());
        assertEquals(WindowStatus.USED,
                Filing.check(WindowKind.APPEAL, WindowStatus.OPEN, d, LocalDate.of(2027, 3, 31), FAR_LATER));
        assertEquals(422, assertThrows(ProblemException.class, () ->
                Filing.check(WindowKind.APPEAL, WindowStatus.OPEN, d, LocalDate.of(2027, 4, 1), FAR_LATER)).status());
    }

    @Test
    void aReconsiderationOverTheNovemberHolidaysEndsOnTheTwelfth() {
        // notified Friday 30 October 2026: 3, 4 (Flag Day), 5 and 10 November skipped
        Deadline d = deadlines.reconsideration(LocalDate.of(2026, 10, 30));
        assertEquals(LocalDate.of(2026, 11, 12), d.lastDay());
        assertEquals(WindowStatus.USED,
                Filing.check(WindowKind.RECONSIDERATION, WindowStatus.OPEN, d, LocalDate.of(2026, 11, 12), FAR_LATER));
        assertEquals(422, assertThrows(ProblemException.class, () ->
                Filing.check(WindowKind.RECONSIDERATION, WindowStatus.OPEN, d, LocalDate.of(2026, 11, 13),
                        FAR_LATER)).status());
    }

    @Test
    void aFilingCannotBeDatedInTheFutureNorBeforeTheNotification() {
        Deadline d = deadlines.reconsideration(LocalDate.of(2026, 3, 9));
        ProblemException future = assertThrows(ProblemException.class, () -> Filing.check(WindowKind.RECONSIDERATION,
                WindowStatus.OPEN, d, LocalDate.of(2026, 3, 11), LocalDate.of(2026, 3, 10)));
        assertEquals(422, future.status());
        ProblemException early = assertThrows(ProblemException.class, () -> Filing.check(WindowKind.RECONSIDERATION,
                WindowStatus.OPEN, d, LocalDate.of(2026, 3, 8), FAR_LATER));
        assertEquals(422, early.status());
    }

    @Test
    void aSecondFilingIsAConflictEvenWhenLate() {
        Deadline d = deadlines.reconsideration(LocalDate.of(2026, 3, 9));
        assertEquals(409, assertThrows(ProblemException.class, () -> Filing.check(WindowKind.RECONSIDERATION,
                WindowStatus.USED, d, LocalDate.of(2026, 3, 20), FAR_LATER)).status());
    }

    @Test
    void aLateFilingOnALapsedWindowNamesTheDeadlineButABackDatedOneIsAConflict() {
        Deadline d = deadlines.reconsideration(LocalDate.of(2026, 3, 9));
        assertEquals(422, assertThrows(ProblemException.class, () -> Filing.check(WindowKind.RECONSIDERATION,
                WindowStatus.LAPSED, d, LocalDate.of(2026, 3, 20), FAR_LATER)).status());
        assertEquals(409, assertThrows(ProblemException.class, () -> Filing.check(WindowKind.RECONSIDERATION,
                WindowStatus.LAPSED, d, LocalDate.of(2026, 3, 16), FAR_LATER)).status());
    }

    private static Map<String, Object> facts(ProblemException e) {
        Problem p = e.toProblem("/test");
        return p.getExtensions();
    }
}
