package pa.gob.refugio.decision.cases;

/**
 * One family member's own outcome; a member can be decided apart from the principal. WITHDRAWN and ABANDONED end
 * that member's procedure only (registration-service's ApplicationWithdrawn / ApplicationAbandoned naming them).
 * STATUS_ENDED: the member was recognised and CONARE's end of that status (cessation, cancellation, revocation) became
 * final; until then a member whose status CONARE ended stays RECOGNIZED (the status holds while it is challenged).
 */
public enum MemberOutcome {
    PENDING, RECOGNIZED, REJECTED, FINALLY_REJECTED, WITHDRAWN, ABANDONED, STATUS_ENDED;

    /** The member left the procedure (withdrawal or departure): no decision concerns them any more. */
    public boolean left() {
        return this == WITHDRAWN || this == ABANDONED;
    }

    /** The member's procedure is over: recognised, finally rejected, withdrawn or abandoned. */
    public boolean ended() {
        return this != PENDING && this != REJECTED;
    }
}
