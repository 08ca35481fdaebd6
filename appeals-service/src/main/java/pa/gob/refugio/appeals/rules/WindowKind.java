package pa.gob.refugio.appeals.rules;

import pa.gob.refugio.events.appeals.ChallengeWindowLapsed;

/** Which challenge a window is for. */
public enum WindowKind {
    /** Reconsideration to CONARE, from the notification of a rejection or non-admission. */
    RECONSIDERATION,
    /** Appeal to the Minister of Government, from the notification of CONARE's confirmation. */
    APPEAL;

    public ChallengeWindowLapsed.Window asEventWindow() {
        return ChallengeWindowLapsed.Window.valueOf(name());
    }

    public String label() {
        return this == RECONSIDERATION ? "reconsideration" : "appeal";
    }
}
