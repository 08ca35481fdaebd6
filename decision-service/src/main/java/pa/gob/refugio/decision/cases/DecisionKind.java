package pa.gob.refugio.decision.cases;

/**
 * Admissibility (ONPAR, or whoever is configured to sign), eligibility (CONARE), or the end of a recognised member's
 * status (CONARE: cessation, cancellation, revocation).
 */
public enum DecisionKind {
    ADMISSIBILITY, ELIGIBILITY, STATUS_END
}
