package pa.gob.refugio.appeals.rules;

import pa.gob.refugio.kit.problem.ProblemException;

/** An appeal to the Minister: FILED → GRANTED (→ recognition) | DENIED (→ the administrative route is exhausted). */
public enum AppealStatus {
    FILED, GRANTED, DENIED;

    public enum Outcome { GRANTED, DENIED }

    public AppealStatus decide(Outcome outcome) {
        if (this != FILED) {
            throw ProblemException.illegalTransition("The appeal", this, "decided again");
        }
        return outcome == Outcome.GRANTED ? GRANTED : DENIED;
    }
}
