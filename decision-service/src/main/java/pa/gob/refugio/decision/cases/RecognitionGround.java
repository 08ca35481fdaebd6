package pa.gob.refugio.decision.cases;

/**
 * The ground detail of a recognition, and the legal basis it belongs to: the 1951 Convention (as in art. 5 of
 * Executive Decree 5 of 2018, including gender-based persecution) or the wider definition.
 */
public enum RecognitionGround {
    RACE(LegalBasis.CONVENTION_1951),
    RELIGION(LegalBasis.CONVENTION_1951),
    NATIONALITY(LegalBasis.CONVENTION_1951),
    POLITICAL_OPINION(LegalBasis.CONVENTION_1951),
    SOCIAL_GROUP(LegalBasis.CONVENTION_1951),
    GENDER_BASED(LegalBasis.CONVENTION_1951),
    GENERALISED_VIOLENCE(LegalBasis.WIDER_DEFINITION),
    FOREIGN_AGGRESSION(LegalBasis.WIDER_DEFINITION),
    INTERNAL_CONFLICT(LegalBasis.WIDER_DEFINITION),
    MASSIVE_HUMAN_RIGHTS_VIOLATIONS(LegalBasis.WIDER_DEFINITION);

    /** Legal bases of a first-instance recognition. */
    public enum LegalBasis { CONVENTION_1951, WIDER_DEFINITION }

    private final LegalBasis basis;

    RecognitionGround(LegalBasis basis) {
        this.basis = basis;
    }

    public LegalBasis basis() {
        return basis;
    }

    public boolean belongsTo(LegalBasis legalBasis) {
        return basis == legalBasis;
    }
}
