package pa.gob.refugio.registration.progress;

/**
 * Where one member stands in the procedure, in the read model: what the member waits for and which service must act
 * next ({@code heldBy}). A stage with no holder is an end: nothing more is expected, no service level applies.
 */
public enum Stage {
    REGISTERED("interviews of every adult to be scheduled", "interview-service"),
    WAITING_LIST("an interview slot at the site (waiting list)", "interview-service"),
    INTERVIEWS_SCHEDULED("the interviews of every adult to be held", "interview-service"),
    INTERVIEWED("the admissibility decision (ONPAR)", "decision-service"),
    ADMITTED("a provisional ID (SNM)", "documents-service"),
    AWAITING_ELIGIBILITY("the eligibility decision (CONARE)", "decision-service"),
    NOT_ADMITTED("notification of the non-admission", "decision-service"),
    REJECTED("notification of the rejection", "decision-service"),
    RECONSIDERATION_WINDOW("a reconsideration filed within the window, or its lapse", "appeals-service"),
    IN_RECONSIDERATION("CONARE's decision on the reconsideration", "appeals-service"),
    REJECTION_CONFIRMED("notification of the confirmation (the appeal window opens)", "appeals-service"),
    APPEAL_WINDOW("an appeal filed within the window, or its lapse", "appeals-service"),
    IN_APPEAL("the Minister of Government's decision on the appeal", "appeals-service"),
    GRANTED_ON_CHALLENGE("recognition after the granted challenge", "decision-service"),
    APPEAL_DENIED("the rejection to become final", "decision-service"),
    RECOGNISED("a refugee document (SNM)", "documents-service"),
    DOCUMENTED(null, null),
    FINALLY_REJECTED(null, null),
    WITHDRAWN(null, null),
    ABANDONED(null, null),
    CLOSED(null, null),
    /** The end of the member's refugee status (cessation, cancellation, revocation) became final. */
    STATUS_ENDED(null, null);

    private final String waitingFor;
    private final String heldBy;

    Stage(String waitingFor, String heldBy) {
        this.waitingFor = waitingFor;
        this.heldBy = heldBy;
    }

    /** What the member waits for in this stage; null at an end. */
    public String waitingFor() {
        return waitingFor;
    }

    /** The service that must act next; null at an end. */
    public String heldBy() {
        return heldBy;
    }

    /**
     * An end of the procedure: nothing more is expected (a reversal may still reopen a final rejection; a recognised
     * member's status may still end; the Third Chamber's annulment may reopen a final outcome).
     */
    public boolean isEnd() {
        return heldBy == null;
    }

    /** Before any decision: interviews still to come or to be held. */
    boolean beforeDecision() {
        return this == REGISTERED || this == WAITING_LIST || this == INTERVIEWS_SCHEDULED || this == INTERVIEWED;
    }
}
