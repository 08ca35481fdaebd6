package pa.gob.refugio.registration.partner.referral;

/** The services ONPAR refers people to. */
public enum ReferredService {
    /** Ministry of Health (MINSA), mental health. */
    MINSA_MENTAL_HEALTH,
    /** Legal aid (e.g. a legal clinic or partner legal service). */
    LEGAL_AID,
    /** SENNIAF, the national secretariat for children, adolescents and the family: children only. */
    SENNIAF,
    /** Livelihood programmes, e.g. Talento sin Fronteras. */
    LIVELIHOOD,
    /** Ministry of Labour (MITRADEL): work permits and labour rights. */
    MITRADEL
}
