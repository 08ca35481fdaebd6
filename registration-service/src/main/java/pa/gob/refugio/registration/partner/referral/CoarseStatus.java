package pa.gob.refugio.registration.partner.referral;

import java.util.Collection;

/**
 * The only status a partner sees of its referral: what the referral's purpose (getting the person registered, and,
 * with consent, following that the procedure moves) needs, and nothing that tells a recognition from a rejection.
 * <ul>
 *   <li>RECEIVED, DECLINED: the referral's own state at ONPAR; REGISTERED once accepted (and for good, without the
 *       consent scope {@link ConsentScope#SHARE_STATUS_UPDATES});</li>
 *   <li>INTERVIEW_SCHEDULED, DECISION_PENDING: the case before its first decision;</li>
 *   <li>DECIDED: a first decision exists, whatever it was and whatever followed: recognition, rejection,
 *       non-admission, reconsideration, appeal, a final rejection and a recognition are all DECIDED, and DECIDED is
 *       final for the partner (a later step, which only a rejection has, would tell them apart);</li>
 *   <li>CLOSED: the case ended before any decision (withdrawn, abandoned).</li>
 * </ul>
 * There is no status for documents issued (only a recognised person gets refugee documents).
 */
public enum CoarseStatus {
    RECEIVED, DECLINED, REGISTERED, INTERVIEW_SCHEDULED, DECISION_PENDING, DECIDED, CLOSED;

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

    /** The status that follows {@code current}: DECIDED stays DECIDED whatever the case does next. */
    public static CoarseStatus next(CoarseStatus current, CoarseStatus derived) {
        return current == DECIDED ? DECIDED : derived;
    }

    static CoarseStatus ofCase(String caseStatus, String phase, Collection<String> eventTypes) {
        if (eventTypes.stream().anyMatch(CoarseStatus::isDecision)) {
            return DECIDED;
        }
        if ("WITHDRAWN".equals(caseStatus) || "ABANDONED".equals(caseStatus)) {
            return CLOSED;
        }
        if ("CLOSED".equals(caseStatus)) {
            return DECIDED; // a case closes by the decisions on its members
        }
        if (phase == null) {
            return REGISTERED;
        }
        return switch (phase) {
            case "INTERVIEWS" -> INTERVIEW_SCHEDULED;
            case "READY_FOR_DECISION", "ADMITTED" -> DECISION_PENDING;
            case "WITHDRAWN", "ABANDONED" -> CLOSED;
            case "REGISTERED" -> REGISTERED;
            case "NOT_ADMITTED", "REJECTED", "REJECTED_NOTIFIED", "RECONSIDERATION_WINDOW", "RECONSIDERATION",
                 "REJECTION_CONFIRMED", "APPEAL_WINDOW", "APPEAL", "APPEAL_DENIED", "GRANTED_ON_CHALLENGE",
                 "REJECTED_FINAL", "RECOGNIZED" -> DECIDED;
            default -> REGISTERED;
        };
    }

    /** The events of a first (or later) decision on the merits or on admissibility. */
    private static boolean isDecision(String eventType) {
        return eventType.startsWith("StatusRecognized") || eventType.startsWith("StatusRejected")
                || eventType.startsWith("ApplicationNotAdmitted") || eventType.startsWith("RejectionBecameFinal");
    }
}
