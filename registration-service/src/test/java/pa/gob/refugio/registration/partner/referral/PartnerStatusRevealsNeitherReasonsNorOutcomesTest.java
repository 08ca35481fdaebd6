package pa.gob.refugio.registration.partner.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PartnerStatusRevealsNeitherReasonsNorOutcomesTest {

    static CoarseStatus accepted(String caseStatus, String phase, String... events) {
        return CoarseStatus.of(ReferralState.ACCEPTED, true, caseStatus, phase, List.of(events));
    }

    @Test
    void theReferralsOwnStatesComeFirst() {
        assertEquals(CoarseStatus.RECEIVED, CoarseStatus.of(ReferralState.RECEIVED, true, null, null, List.of()));
        assertEquals(CoarseStatus.DECLINED, CoarseStatus.of(ReferralState.DECLINED, true, null, null, List.of()));
        assertEquals(CoarseStatus.REGISTERED,
                CoarseStatus.of(ReferralState.ACCEPTED, false, "REGISTERED", "APPEAL", List.of()),
                "without consent to share status updates, the partner learns only the registration");
    }

    @Test
    void theCaseProgressMapsToCoarseSteps() {
        assertEquals(CoarseStatus.REGISTERED, accepted("REGISTERED", "REGISTERED"));
        assertEquals(CoarseStatus.INTERVIEW_SCHEDULED, accepted("REGISTERED", "INTERVIEWS"));
        for (String pending : List.of("READY_FOR_DECISION", "ADMITTED", "RECONSIDERATION", "APPEAL",
                "GRANTED_ON_CHALLENGE")) {
            assertEquals(CoarseStatus.DECISION_PENDING, accepted("REGISTERED", pending), pending);
        }
    }

    @Test
    void aRejectionAndARecognitionAreBothJustDecided() {
        for (String decided : List.of("NOT_ADMITTED", "REJECTED", "REJECTED_NOTIFIED", "RECONSIDERATION_WINDOW",
                "REJECTION_CONFIRMED", "APPEAL_WINDOW", "APPEAL_DENIED")) {
            assertEquals(CoarseStatus.DECIDED, accepted("REGISTERED", decided), decided);
        }
        assertEquals(CoarseStatus.DECIDED, accepted("CLOSED", "RECOGNIZED", "StatusRecognized"));
        assertEquals(CoarseStatus.DOCUMENTS_ISSUED,
                accepted("CLOSED", "RECOGNIZED", "StatusRecognized", "RefugeeDocumentIssued"));
    }

    @Test
    void anEndedCaseIsClosed() {
        assertEquals(CoarseStatus.CLOSED, accepted("WITHDRAWN", "WITHDRAWN"));
        assertEquals(CoarseStatus.CLOSED, accepted("ABANDONED", "ABANDONED"));
        assertEquals(CoarseStatus.CLOSED, accepted("CLOSED", "REJECTED_FINAL"));
    }
}
