package pa.gob.refugio.registration.partner.referral;

import java.time.Instant;
import java.util.UUID;

/**
 * A partner's referral reached a new coarse status. Fired as a CDI event inside the transaction that changed it,
 * only while the person's consent is in force; webhook delivery observes it to queue notifications to the partner.
 *
 * @param partner     the partner institution that owns the referral (the token's {@code institution}, e.g. HIAS)
 * @param referralId  the referral
 * @param status      the coarse status a partner may see: RECEIVED, DECLINED, REGISTERED, INTERVIEW_SCHEDULED,
 *                    DECISION_PENDING, DECIDED, CLOSED (see {@link CoarseStatus})
 * @param occurredAt  when the change happened
 */
public record ReferralStatusChanged(String partner, UUID referralId, String status, Instant occurredAt) {
}
