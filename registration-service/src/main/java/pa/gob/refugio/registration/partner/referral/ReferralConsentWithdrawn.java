package pa.gob.refugio.registration.partner.referral;

import java.util.UUID;

/**
 * The person withdrew consent to a partner's referral. Fired as a CDI event inside the transaction of the withdrawal;
 * webhook delivery observes it to cancel every queued or retrying notification about the referral (status
 * CANCELLED), in the same transaction.
 */
public record ReferralConsentWithdrawn(String partner, UUID referralId) {
}
