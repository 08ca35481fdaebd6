package pa.gob.refugio.documents.document;

/**
 * The status of a document. VALID, RENEWAL_PENDING, REVOKED and SUPERSEDED are stored; EXPIRED is what a VALID
 * document becomes after its last day, derived by {@link ValidityRules#effectiveStatus}.
 */
public enum DocumentStatus {
    VALID, RENEWAL_PENDING, EXPIRED, REVOKED, SUPERSEDED;

    /** Still the member's current document of its kind (it may have expired without a renewal). */
    public boolean active() {
        return this == VALID || this == RENEWAL_PENDING;
    }
}
