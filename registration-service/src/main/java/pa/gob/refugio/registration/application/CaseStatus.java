package pa.gob.refugio.registration.application;

import pa.gob.refugio.kit.problem.ProblemException;

/**
 * The life of a case as registration-service keeps it. A registered case ends exactly once: withdrawn by the
 * applicant, abandoned when SNM reports a departure, or closed when the procedure concludes (recognition of the
 * whole family, or a rejection that became final). An ended case cannot end again (409).
 */
public enum CaseStatus {
    REGISTERED, WITHDRAWN, ABANDONED, CLOSED;

    public boolean ended() {
        return this != REGISTERED;
    }

    public CaseStatus withdraw() {
        return to(WITHDRAWN, "withdrawn");
    }

    public CaseStatus abandon() {
        return to(ABANDONED, "abandoned");
    }

    public CaseStatus close() {
        return to(CLOSED, "closed");
    }

    /**
     * A case closed by a final rejection is open again when that rejection is reversed (a lapse undone in
     * appeals-service); a withdrawn or abandoned case is not.
     */
    public CaseStatus reopen() {
        if (this != CLOSED) {
            throw ProblemException.illegalTransition("Application", this, "reopened (only a closed case is)");
        }
        return REGISTERED;
    }

    private CaseStatus to(CaseStatus next, String action) {
        if (ended()) {
            throw ProblemException.illegalTransition("Application", this, action)
                    .with("hint", "the case already ended");
        }
        return next;
    }
}
