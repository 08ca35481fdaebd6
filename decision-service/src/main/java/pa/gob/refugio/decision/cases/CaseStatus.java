package pa.gob.refugio.decision.cases;

/** Where a case stands in decision-service: admissibility, then eligibility, then the challenges. */
public enum CaseStatus {
    /** Registered; the interviews are not all complete. */
    AWAITING_INTERVIEWS,
    /** Every adult was interviewed: ONPAR may decide admissibility. */
    READY_FOR_ADMISSIBILITY,
    /** Admitted to the procedure; at least one member still waits for CONARE's eligibility decision. */
    ADMITTED,
    /** Not admitted (manifestly unfounded, fraudulent, ...); open to reconsideration. */
    NOT_ADMITTED,
    /** Every member has an eligibility outcome, at least one recognised and none with an open rejection. */
    RECOGNIZED,
    /** Every member has an eligibility outcome and at least one rejection can still be challenged. */
    REJECTED,
    /** The negative outcome can no longer be challenged administratively, and no member is recognised. */
    FINALLY_REJECTED,
    /** Withdrawn by the applicant or abandoned by departure. */
    CLOSED,
    /** No member is recognised any more, none waits or can challenge a rejection: at least one's status ended finally. */
    STATUS_ENDED;

    public boolean terminal() {
        return this == RECOGNIZED || this == FINALLY_REJECTED || this == CLOSED || this == STATUS_ENDED;
    }
}
