package pa.gob.refugio.appeals.rules;

import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.kit.problem.Texts;

/** A challenge window: OPEN → USED (a challenge was filed in time) | LAPSED (it closed unused). */
public enum WindowStatus {
    OPEN, USED, LAPSED;

    /** A challenge was filed in this window. */
    public WindowStatus use(WindowKind kind) {
        return switch (this) {
            case OPEN -> USED;
            case USED -> throw ProblemException.conflict("already-filed", Texts.of("Ya presentada", "Already filed"),
                    Texts.of("Ya se presentó una " + (kind == WindowKind.RECONSIDERATION ? "reconsideración" : "apelación")
                                    + " contra esta resolución",
                            "A " + kind.label() + " was already filed for this decision")).with("currentState", name());
            case LAPSED -> throw ProblemException.illegalTransition("The " + kind.label() + " window", this,
                    "used: it lapsed unused and the rejection became final");
        };
    }

    /** The window closed unused. */
    public WindowStatus lapse(WindowKind kind) {
        if (this != OPEN) {
            throw ProblemException.illegalTransition("The " + kind.label() + " window", this, "lapsed");
        }
        return LAPSED;
    }

    /**
     * A lapse undone: a paper filing received in time, or a supervisor's reinstatement of a window that lapsed in
     * error. Only a LAPSED window can be reinstated.
     */
    public WindowStatus reinstate(WindowKind kind) {
        if (this != LAPSED) {
            throw ProblemException.illegalTransition("The " + kind.label() + " window", this,
                    "reinstated (only a lapsed window is)");
        }
        return OPEN;
    }

    public boolean isOpen() {
        return this == OPEN;
    }
}
