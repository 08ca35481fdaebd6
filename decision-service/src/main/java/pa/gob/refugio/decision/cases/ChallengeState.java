package pa.gob.refugio.decision.cases;

/**
 * A negative decision's life after it is taken: it can be challenged (OPEN) until it is either overturned by a
 * granted reconsideration or appeal, or becomes final (a window lapsed unused, or the appeal was denied).
 * Each of those happens once: later events about the same decision change nothing.
 */
public enum ChallengeState {
    /** ANNULLED: the Supreme Court's Third Chamber annulled the final decision (a judicial review): it has no effect. */
    OPEN, OVERTURNED, FINAL, ANNULLED;

    /** Whether a lapse or a denial still makes a change (false: already final, or overturned meanwhile). */
    public boolean canBecomeFinal() {
        return this == OPEN;
    }

    /** Whether a granted reconsideration or appeal still makes a change; throws when the decision is final. */
    public boolean canBeOverturned() {
        if (this == FINAL) {
            throw new IllegalStateException("A final rejection cannot be overturned administratively");
        }
        return this == OPEN;
    }

    /** Whether a judicial annulment still makes a change: only a final decision is annulled, once. */
    public boolean canBeAnnulled() {
        return this == FINAL;
    }
}
