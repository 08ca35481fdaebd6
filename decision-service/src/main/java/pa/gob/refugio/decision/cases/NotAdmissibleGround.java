package pa.gob.refugio.decision.cases;

/** Why ONPAR did not admit an application; only this code travels in ApplicationNotAdmitted. */
public enum NotAdmissibleGround {
    MANIFESTLY_UNFOUNDED, FRAUDULENT, OTHER
}
