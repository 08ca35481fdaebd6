package pa.gob.refugio.registration.application;

/** Specific needs of a person recorded at registration; they drive referrals (e.g. mental health to MINSA). */
public enum SpecificNeed {
    SURVIVOR_OF_VIOLENCE, SURVIVOR_OF_TORTURE, MEDICAL, MENTAL_HEALTH, DISABILITY, PREGNANT_OR_LACTATING,
    OLDER_PERSON_AT_RISK, SINGLE_CAREGIVER, CHILD_AT_RISK, LGBTIQ_AT_RISK, LEGAL_OR_PHYSICAL_PROTECTION, OTHER
}
