package pa.gob.refugio.appeals.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.rules.calendar.BusinessCalendar;
import pa.gob.refugio.rules.deadline.Deadline;
import pa.gob.refugio.rules.deadline.Deadlines;

/** A filing received on paper counts from its receipt: in time, it is accepted even after the window lapsed. */
class APaperFilingReceivedInTimeUndoesTheLapseTest {

    static final Deadlines DEADLINES = new Deadlines(BusinessCalendar.panama(), 5, 5, 6);
    /** Notified Monday 2 February 2026: last day Monday 9 February. */
    static final Deadline WINDOW = DEADLINES.reconsideration(LocalDate.of(2026, 2, 2));
    static final LocalDate TODAY = LocalDate.of(2026, 2, 11);

    @Test
    void receivedOnTheLastDayAndKeyedInAfterTheLapseUndoesIt() {
        assertEquals(LocalDate.of(2026, 2, 9), WINDOW.lastDay());
        assertTrue(PaperFiling.undoesLapse(WindowStatus.LAPSED, WINDOW, LocalDate.of(2026, 2, 9), TODAY));
        assertEquals(WindowStatus.OPEN, WindowStatus.LAPSED.reinstate(WindowKind.RECONSIDERATION));
    }

    @Test
    void anOpenWindowIsUsedAsAnyFilingWouldUseIt() {
        assertFalse(PaperFiling.undoesLapse(WindowStatus.OPEN, WINDOW, LocalDate.of(2026, 2, 5), TODAY));
    }

    @Test
    void receivedAfterTheLastDayIsLateEvenOnPaper() {
        ProblemException late = assertThrows(ProblemException.class,
                () -> PaperFiling.undoesLapse(WindowStatus.LAPSED, WINDOW, LocalDate.of(2026, 2, 10), TODAY));
        assertEquals(422, late.status());
    }

    @Test
    void aReceiptCannotBeDatedInTheFutureNorBeforeTheNotification() {
        assertThrows(ProblemException.class,
                () -> PaperFiling.undoesLapse(WindowStatus.LAPSED, WINDOW, TODAY.plusDays(1), TODAY));
        assertThrows(ProblemException.class,
                () -> PaperFiling.undoesLapse(WindowStatus.LAPSED, WINDOW, LocalDate.of(2026, 1, 30), TODAY));
    }

    @Test
    void onlyALapsedWindowIsReinstated() {
        assertThrows(ProblemException.class, () -> WindowStatus.OPEN.reinstate(WindowKind.APPEAL));
        assertThrows(ProblemException.class, () -> WindowStatus.USED.reinstate(WindowKind.APPEAL));
    }
}
