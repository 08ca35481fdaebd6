package pa.gob.refugio.decision.cases;

import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import pa.gob.refugio.kit.problem.ProblemException;

/**
 * The case's state machine, in plain Java:
 * AWAITING_INTERVIEWS → READY_FOR_ADMISSIBILITY → ADMITTED | NOT_ADMITTED → RECOGNIZED | REJECTED → FINALLY_REJECTED,
 * and CLOSED (withdrawal, abandonment) from any state that is not final. An extension interview called before
 * admissibility sends a ready case back to AWAITING_INTERVIEWS until it is held. A non-admission granted on
 * reconsideration goes back to ADMITTED; a rejection granted on reconsideration or appeal leads to RECOGNIZED.
 * Eligibility steps may concern part of the family: the status after them follows from the members' outcomes.
 * A recognised member's status may be ended by CONARE (it holds until that end is final: then STATUS_ENDED when no
 * member is recognised any more); the Third Chamber's annulment of a final decision reopens the case at its step.
 */
public final class CaseStateMachine {

    /** What can happen to a case. */
    public enum Action {
        MARK_READY("marked ready for a decision"),
        AWAIT_EXTENSION_INTERVIEW("sent back to the interviews"),
        ADMIT("admitted"),
        NOT_ADMIT("declared not admitted"),
        DECIDE_ELIGIBILITY("decided on eligibility"),
        ADMIT_ON_CHALLENGE("admitted on reconsideration"),
        RECOGNISE_ON_CHALLENGE("recognised on reconsideration or appeal"),
        MAKE_REJECTION_FINAL("made finally rejected"),
        CLOSE("closed"),
        END_STATUS("given an end of a member's refugee status"),
        MAKE_STATUS_END_FINAL("given a final end of status"),
        KEEP_STATUS_ON_CHALLENGE("given back a status on reconsideration or appeal"),
        REOPEN_BY_COURT("reopened by a judicial annulment");

        private final String description;

        Action(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }

        /**
         * What may still happen after a final outcome: the end of a recognised member's status (and its challenge
         * and finality) and the Third Chamber's annulment. Nothing else changes a case whose status is terminal.
         */
        public boolean followsAFinalOutcome() {
            return this == END_STATUS || this == MAKE_STATUS_END_FINAL || this == KEEP_STATUS_ON_CHALLENGE
                    || this == REOPEN_BY_COURT;
        }
    }

    private static final Map<CaseStatus, Set<Action>> ALLOWED = new EnumMap<>(CaseStatus.class);

    static {
        ALLOWED.put(CaseStatus.AWAITING_INTERVIEWS, EnumSet.of(Action.MARK_READY, Action.CLOSE));
        ALLOWED.put(CaseStatus.READY_FOR_ADMISSIBILITY, EnumSet.of(Action.ADMIT, Action.NOT_ADMIT,
                Action.AWAIT_EXTENSION_INTERVIEW, Action.CLOSE));
        ALLOWED.put(CaseStatus.ADMITTED, EnumSet.of(Action.DECIDE_ELIGIBILITY, Action.RECOGNISE_ON_CHALLENGE,
                Action.MAKE_REJECTION_FINAL, Action.CLOSE, Action.END_STATUS, Action.MAKE_STATUS_END_FINAL,
                Action.KEEP_STATUS_ON_CHALLENGE, Action.REOPEN_BY_COURT));
        ALLOWED.put(CaseStatus.NOT_ADMITTED, EnumSet.of(Action.ADMIT_ON_CHALLENGE, Action.MAKE_REJECTION_FINAL,
                Action.CLOSE));
        ALLOWED.put(CaseStatus.REJECTED, EnumSet.of(Action.RECOGNISE_ON_CHALLENGE, Action.MAKE_REJECTION_FINAL,
                Action.CLOSE, Action.END_STATUS, Action.MAKE_STATUS_END_FINAL, Action.KEEP_STATUS_ON_CHALLENGE,
                Action.REOPEN_BY_COURT));
        // a recognised member's status can be ended; a final outcome can be annulled by the Third Chamber
        ALLOWED.put(CaseStatus.RECOGNIZED, EnumSet.of(Action.END_STATUS, Action.MAKE_STATUS_END_FINAL,
                Action.KEEP_STATUS_ON_CHALLENGE, Action.REOPEN_BY_COURT));
        ALLOWED.put(CaseStatus.FINALLY_REJECTED, EnumSet.of(Action.REOPEN_BY_COURT));
        ALLOWED.put(CaseStatus.CLOSED, EnumSet.noneOf(Action.class));
        ALLOWED.put(CaseStatus.STATUS_ENDED, EnumSet.of(Action.REOPEN_BY_COURT));
    }

    public static boolean allows(CaseStatus current, Action action) {
        return ALLOWED.get(current).contains(action);
    }

    /** Throws 409 (illegal transition) unless {@code action} is allowed in {@code current}. */
    public static void check(CaseStatus current, Action action) {
        if (!allows(current, action)) {
            throw ProblemException.illegalTransition("Case", current, action.description());
        }
    }

    /**
     * The status after {@code action}; {@code members} are the members' outcomes after it (used by the eligibility
     * steps, whose target depends on the whole family).
     */
    public static CaseStatus next(CaseStatus current, Action action, Collection<MemberOutcome> members) {
        check(current, action);
        return switch (action) {
            case MARK_READY -> CaseStatus.READY_FOR_ADMISSIBILITY;
            case AWAIT_EXTENSION_INTERVIEW -> CaseStatus.AWAITING_INTERVIEWS;
            case ADMIT, ADMIT_ON_CHALLENGE -> CaseStatus.ADMITTED;
            case NOT_ADMIT -> CaseStatus.NOT_ADMITTED;
            case CLOSE -> CaseStatus.CLOSED;
            case MAKE_REJECTION_FINAL -> current == CaseStatus.NOT_ADMITTED
                    ? CaseStatus.FINALLY_REJECTED : fromMemberOutcomes(members);
            case DECIDE_ELIGIBILITY, RECOGNISE_ON_CHALLENGE, END_STATUS, MAKE_STATUS_END_FINAL,
                 KEEP_STATUS_ON_CHALLENGE, REOPEN_BY_COURT -> fromMemberOutcomes(members);
        };
    }

    /**
     * An admitted family's status from its members' outcomes: ADMITTED while anyone waits for a decision, REJECTED
     * while a rejection can be challenged, RECOGNIZED if anyone is recognised, otherwise FINALLY_REJECTED. Members
     * who withdrew or left Panama do not count; CLOSED when every member did.
     */
    public static CaseStatus fromMemberOutcomes(Collection<MemberOutcome> all) {
        List<MemberOutcome> members = all.stream().filter(o -> !o.left()).toList();
        if (!all.isEmpty() && members.isEmpty()) {
            return CaseStatus.CLOSED;
        }
        if (members.isEmpty() || members.contains(MemberOutcome.PENDING)) {
            return CaseStatus.ADMITTED;
        }
        if (members.contains(MemberOutcome.REJECTED)) {
            return CaseStatus.REJECTED;
        }
        if (members.contains(MemberOutcome.RECOGNIZED)) {
            return CaseStatus.RECOGNIZED;
        }
        if (members.contains(MemberOutcome.STATUS_ENDED)) {
            return CaseStatus.STATUS_ENDED;
        }
        return CaseStatus.FINALLY_REJECTED;
    }

    private CaseStateMachine() {
    }
}
