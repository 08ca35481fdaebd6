package pa.gob.refugio.registration.partner.referral;

import pa.gob.refugio.kit.problem.ProblemException;

/**
 * The life of a partner's referral at ONPAR: RECEIVED, then ACCEPTED (linked to the application it became) or
 * DECLINED (with a reason). Both ends are final: anything else is an illegal transition (409).
 */
public enum ReferralState {
    RECEIVED, ACCEPTED, DECLINED;

    public ReferralState accept() {
        return to(ACCEPTED, "accepted");
    }

    public ReferralState decline() {
        return to(DECLINED, "declined");
    }

    private ReferralState to(ReferralState next, String action) {
        if (this != RECEIVED) {
            throw ProblemException.illegalTransition("Referral", this, action)
                    .with("hint", "only a RECEIVED referral can be accepted or declined");
        }
        return next;
    }
}
