package pa.gob.refugio.decision.cases;

/** Who produced a decision: first instance, or a granted reconsideration (CONARE) or appeal (Minister). */
public enum DecisionOrigin {
    FIRST_INSTANCE, RECONSIDERATION, APPEAL
}
