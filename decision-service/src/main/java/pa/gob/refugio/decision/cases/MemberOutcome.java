package pa.gob.refugio.decision.cases;

/** One family member's eligibility outcome; a member can be decided apart from the principal. */
public enum MemberOutcome {
    PENDING, RECOGNIZED, REJECTED, FINALLY_REJECTED
}
