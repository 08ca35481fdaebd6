package pa.gob.refugio.decision.cases;

/** Admissibility (ONPAR, or whoever is configured to sign) or eligibility (CONARE). */
public enum DecisionKind {
    ADMISSIBILITY, ELIGIBILITY
}
