package pa.gob.refugio.appeals.rules;

import pa.gob.refugio.kit.problem.ProblemException;

/** A reconsideration: FILED → GRANTED (→ recognition or admission) | CONFIRMED (→ once notified, the appeal window). */
public enum ReconsiderationStatus {
    FILED, GRANTED, CONFIRMED;

    public enum Outcome { GRANTED, CONFIRMED }

    public ReconsiderationStatus decide(Outcome outcome) {
        if (this != FILED) {
            throw ProblemException.illegalTransition("The reconsideration", this, "decided again");
        }
        return outcome == Outcome.GRANTED ? GRANTED : CONFIRMED;
    }

    public boolean isDecided() {
        return this != FILED;
    }
}
