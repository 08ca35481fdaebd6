package pa.gob.refugio.registration.application;

/**
 * Where one member's procedure stands. Every member starts IN_PROCEDURE; the procedure ends for each member on its
 * own: recognised (StatusRecognized naming them), finally rejected (RejectionBecameFinal naming them), withdrawn or
 * abandoned (departure). CLOSED is the status of members of cases that ended before outcomes were kept per member.
 */
public enum MemberStatus {
    IN_PROCEDURE, RECOGNIZED, REJECTED_FINAL, WITHDRAWN, ABANDONED, CLOSED;

    public boolean ended() {
        return this != IN_PROCEDURE;
    }
}
