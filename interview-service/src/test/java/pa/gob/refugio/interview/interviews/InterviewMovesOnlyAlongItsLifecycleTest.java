package pa.gob.refugio.interview.interviews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.interview.interviews.InterviewStatus.Action;

class InterviewMovesOnlyAlongItsLifecycleTest {

    @Test
    void aScheduledInterviewCanBeHeldMissedMovedOrCancelled() {
        assertEquals(Optional.of(InterviewStatus.COMPLETED), InterviewStatus.SCHEDULED.after(Action.COMPLETE));
        assertEquals(Optional.of(InterviewStatus.NO_SHOW), InterviewStatus.SCHEDULED.after(Action.RECORD_NO_SHOW));
        assertEquals(Optional.of(InterviewStatus.SCHEDULED), InterviewStatus.SCHEDULED.after(Action.RESCHEDULE));
        assertEquals(Optional.of(InterviewStatus.CANCELLED), InterviewStatus.SCHEDULED.after(Action.CANCEL));
    }

    @Test
    void aMissedInterviewIsRescheduledOrCancelledButNeverCompletedAsIs() {
        assertEquals(Optional.of(InterviewStatus.SCHEDULED), InterviewStatus.NO_SHOW.after(Action.RESCHEDULE));
        assertEquals(Optional.of(InterviewStatus.CANCELLED), InterviewStatus.NO_SHOW.after(Action.CANCEL));
        assertFalse(InterviewStatus.NO_SHOW.allows(Action.COMPLETE));
        assertFalse(InterviewStatus.NO_SHOW.allows(Action.RECORD_NO_SHOW));
    }

    @Test
    void completedAndCancelledInterviewsAreFinal() {
        for (Action action : Action.values()) {
            assertFalse(InterviewStatus.COMPLETED.allows(action), "COMPLETED " + action);
            assertFalse(InterviewStatus.CANCELLED.allows(action), "CANCELLED " + action);
        }
    }

    @Test
    void onlyScheduledAndMissedInterviewsAreStillOpen() {
        assertTrue(InterviewStatus.SCHEDULED.isOpen());
        assertTrue(InterviewStatus.NO_SHOW.isOpen());
        assertFalse(InterviewStatus.COMPLETED.isOpen());
        assertFalse(InterviewStatus.CANCELLED.isOpen());
    }
}
