package pa.gob.refugio.registration.partner.referral;

/** What the person agreed to. A referral to ONPAR needs REFER_TO_ONPAR; a referral to a service, REFER_TO_SERVICE. */
public enum ConsentScope {
    /** The partner may refer the person to ONPAR for registration. */
    REFER_TO_ONPAR,
    /** The partner may follow the coarse status of the case the referral became. */
    SHARE_STATUS_UPDATES,
    /** ONPAR may refer the person to a service (health, legal aid, SENNIAF, livelihood, labour). */
    REFER_TO_SERVICE,
    /** The reason for the referral may be shared with the service. */
    SHARE_NEEDS_WITH_SERVICE
}
