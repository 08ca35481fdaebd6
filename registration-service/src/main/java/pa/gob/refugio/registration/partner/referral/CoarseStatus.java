package pa.gob.refugio.registration.partner.referral;

import java.util.Collection;

/**
 * The only status a partner sees of its referral. For an accepted referral it is derived from the case's progress
 * (registration-service's case status and timeline phase), and says nothing of reasons or outcomes: a rejection and
 * a recognition are both DECIDED; a case that ended (withdrawn, abandoned, or closed other than by recognition) is
 * CLOSED; DOCUMENTS_ISSUED once SNM issued refugee documents.
 */
public enum CoarseStatus {
    RECEIVED, DECLINED, REGISTERED, INTERVIEW_SCHEDULED, DECISION_PENDING, DECIDED, DOCUMENTS_ISSUED, CLOSED;

    /**
     * @param state          the referral's own state
     * @param sharesProgress whether the consent covers {@link ConsentScope#SHARE_STATUS_UPDATES}; without it an
     *                       accepted referral stays REGISTERED for the partner
     * @param caseStatus     the case status (REGISTERED, WITHDRAWN, ABANDONED, CLOSED), for accepted referrals
     * @param phase          the case's phase from its timeline, for accepted referrals
     * @param eventTypes     the types of the case's timeline events, for accepted referrals
     */
    public static CoarseStatus of(ReferralState state, boolean sharesProgress, String caseStatus, String phase,
                                  Collection<String> eventTypes) {
        return switch (state) {
            case RECEIVED -> RECEIVED;
            case DECLINED -> DECLINED;
            case ACCEPTED -> sharesProgress ? ofCase(caseStatus, phase, eventTypes) : REGISTERED;
        };
    }

    static CoarseStatus ofCase(String caseStatus, String phase, Collection<String> eventTypes) {
        if ("WITHDRAWN".equals(caseStatus) || "ABANDONED".equals(caseStatus)) {
            return CLOSED;
        }
        if ("RECOGNIZED".equals(phase)) {
            return eventTypes.contains("RefugeeDocumentIssued") ? DOCUMENTS_ISSUED : DECIDED;
        }
        if ("CLOSED".equals(caseStatus)) {
            return CLOSED;
        }
        if (phase == null) {
            return REGISTERED;
        }
        return switch (phase) {
            case "INTERVIEWS" -> INTERVIEW_SCHEDULED;
            case "READY_FOR_DECISION", "ADMITTED", "RECONSIDERATION", "APPEAL", "GRANTED_ON_CHALLENGE" ->
                    DECISION_PENDING;
            case "NOT_ADMITTED", "REJECTED", "REJECTED_NOTIFIED", "RECONSIDERATION_WINDOW", "REJECTION_CONFIRMED",
                 "APPEAL_WINDOW", "APPEAL_DENIED", "REJECTED_FINAL" -> DECIDED;
            case "WITHDRAWN", "ABANDONED" -> CLOSED;
            default -> REGISTERED;
        };
    }
}
