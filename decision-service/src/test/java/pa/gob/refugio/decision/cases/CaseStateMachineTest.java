package pa.gob.refugio.decision.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.decision.cases.CaseStateMachine.Action;
import pa.gob.refugio.kit.problem.ProblemException;

class CaseStateMachineTest {

    static final List<MemberOutcome> NONE = List.of();

    @Test
    void aCaseGoesFromTheInterviewsThroughAdmissionToEligibility() {
        CaseStatus ready = CaseStateMachine.next(CaseStatus.AWAITING_INTERVIEWS, Action.MARK_READY, NONE);
        assertEquals(CaseStatus.READY_FOR_ADMISSIBILITY, ready);
        assertEquals(CaseStatus.ADMITTED, CaseStateMachine.next(ready, Action.ADMIT, NONE));
        assertEquals(CaseStatus.NOT_ADMITTED, CaseStateMachine.next(ready, Action.NOT_ADMIT, NONE));
        assertEquals(CaseStatus.RECOGNIZED, CaseStateMachine.next(CaseStatus.ADMITTED, Action.DECIDE_ELIGIBILITY,
                List.of(MemberOutcome.RECOGNIZED, MemberOutcome.RECOGNIZED)));
        assertEquals(CaseStatus.REJECTED, CaseStateMachine.next(CaseStatus.ADMITTED, Action.DECIDE_ELIGIBILITY,
                List.of(MemberOutcome.REJECTED)));
        assertEquals(CaseStatus.FINALLY_REJECTED, CaseStateMachine.next(CaseStatus.REJECTED,
                Action.MAKE_REJECTION_FINAL, List.of(MemberOutcome.FINALLY_REJECTED)));
    }

    @Test
    void aCaseCannotBeAdmittedBeforeEveryAdultIsInterviewed() {
        ProblemException refused = assertThrows(ProblemException.class,
                () -> CaseStateMachine.next(CaseStatus.AWAITING_INTERVIEWS, Action.ADMIT, NONE));
        assertEquals(409, refused.status());
        assertTrue(refused.getMessage().contains("AWAITING_INTERVIEWS"));
    }

    @Test
    void anExtensionInterviewSendsAReadyCaseBackToTheInterviews() {
        assertEquals(CaseStatus.AWAITING_INTERVIEWS, CaseStateMachine.next(CaseStatus.READY_FOR_ADMISSIBILITY,
                Action.AWAIT_EXTENSION_INTERVIEW, NONE));
        assertFalse(CaseStateMachine.allows(CaseStatus.ADMITTED, Action.AWAIT_EXTENSION_INTERVIEW));
    }

    @Test
    void eligibilityComesOnlyAfterAdmission() {
        for (CaseStatus status : List.of(CaseStatus.AWAITING_INTERVIEWS, CaseStatus.READY_FOR_ADMISSIBILITY,
                CaseStatus.NOT_ADMITTED, CaseStatus.RECOGNIZED, CaseStatus.REJECTED, CaseStatus.FINALLY_REJECTED,
                CaseStatus.CLOSED)) {
            assertThrows(ProblemException.class,
                    () -> CaseStateMachine.check(status, Action.DECIDE_ELIGIBILITY), status.name());
        }
        CaseStateMachine.check(CaseStatus.ADMITTED, Action.DECIDE_ELIGIBILITY);
    }

    @Test
    void aNonAdmissionIsReconsideredIntoAnAdmissionOrBecomesFinal() {
        assertEquals(CaseStatus.ADMITTED,
                CaseStateMachine.next(CaseStatus.NOT_ADMITTED, Action.ADMIT_ON_CHALLENGE, NONE));
        assertEquals(CaseStatus.FINALLY_REJECTED,
                CaseStateMachine.next(CaseStatus.NOT_ADMITTED, Action.MAKE_REJECTION_FINAL, NONE));
        assertFalse(CaseStateMachine.allows(CaseStatus.REJECTED, Action.ADMIT_ON_CHALLENGE));
    }

    @Test
    void aRejectionIsOverturnedIntoARecognition() {
        assertEquals(CaseStatus.RECOGNIZED, CaseStateMachine.next(CaseStatus.REJECTED,
                Action.RECOGNISE_ON_CHALLENGE, List.of(MemberOutcome.RECOGNIZED)));
    }

    @Test
    void finalStatesAllowOnlyAnEndOfStatusOrACourtsAnnulmentAndEveryOpenStateCanBeClosed() {
        for (CaseStatus status : CaseStatus.values()) {
            for (Action action : Action.values()) {
                if (status.terminal() && !action.followsAFinalOutcome()) {
                    assertFalse(CaseStateMachine.allows(status, action), status + " " + action);
                }
            }
            if (!status.terminal()) {
                assertEquals(CaseStatus.CLOSED, CaseStateMachine.next(status, Action.CLOSE, NONE));
            }
        }
    }

    @Test
    void aClosedCaseAllowsNothingEvenAfterAFinalOutcome() {
        for (Action action : Action.values()) {
            assertFalse(CaseStateMachine.allows(CaseStatus.CLOSED, action), action.name());
        }
        assertEquals(CaseStatus.STATUS_ENDED, CaseStateMachine.fromMemberOutcomes(
                List.of(MemberOutcome.STATUS_ENDED, MemberOutcome.FINALLY_REJECTED)));
        assertEquals(CaseStatus.RECOGNIZED, CaseStateMachine.fromMemberOutcomes(
                List.of(MemberOutcome.STATUS_ENDED, MemberOutcome.RECOGNIZED)));
    }

    @Test
    void theFamilysStatusFollowsItsMembersOutcomes() {
        assertEquals(CaseStatus.ADMITTED, CaseStateMachine.fromMemberOutcomes(
                List.of(MemberOutcome.RECOGNIZED, MemberOutcome.PENDING)));
        assertEquals(CaseStatus.REJECTED, CaseStateMachine.fromMemberOutcomes(
                List.of(MemberOutcome.RECOGNIZED, MemberOutcome.REJECTED)));
        assertEquals(CaseStatus.REJECTED, CaseStateMachine.fromMemberOutcomes(
                List.of(MemberOutcome.FINALLY_REJECTED, MemberOutcome.REJECTED)));
        assertEquals(CaseStatus.RECOGNIZED, CaseStateMachine.fromMemberOutcomes(
                List.of(MemberOutcome.RECOGNIZED, MemberOutcome.FINALLY_REJECTED)));
        assertEquals(CaseStatus.FINALLY_REJECTED, CaseStateMachine.fromMemberOutcomes(
                List.of(MemberOutcome.FINALLY_REJECTED, MemberOutcome.FINALLY_REJECTED)));
    }
}
