package pa.gob.refugio.registration.partner.referral;

/** Why a person is referred to a service: a code, never free text (the details stay with ONPAR). */
public enum ServiceReferralReason {
    PSYCHOSOCIAL_SUPPORT, SURVIVOR_OF_VIOLENCE, MEDICAL_CARE, LEGAL_ADVICE, DOCUMENTATION,
    CHILD_PROTECTION, UNACCOMPANIED_OR_SEPARATED_CHILD, EMPLOYMENT, SELF_EMPLOYMENT, WORK_PERMIT, OTHER
}
