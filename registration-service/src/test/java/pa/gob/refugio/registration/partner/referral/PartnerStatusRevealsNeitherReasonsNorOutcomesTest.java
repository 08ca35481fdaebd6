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
    void theCaseProgressBeforeAnyDecisionMapsToCoarseSteps() {
        assertEquals(CoarseStatus.REGISTERED, accepted("REGISTERED", "REGISTERED"));
        assertEquals(CoarseStatus.INTERVIEW_SCHEDULED, accepted("REGISTERED", "INTERVIEWS", "InterviewScheduled"));
        for (String pending : List.of("READY_FOR_DECISION", "ADMITTED")) {
            assertEquals(CoarseStatus.DECISION_PENDING, accepted("REGISTERED", pending), pending);
        }
    }

    @Test
    void aRecognitionAndAFinalRejectionAreBothJustDecided() {
        CoarseStatus recognised = accepted("CLOSED", "RECOGNIZED", "StatusRecognized");
        CoarseStatus recognisedWithDocuments = accepted("CLOSED", "RECOGNIZED", "StatusRecognized",
                "RefugeeDocumentIssued");
        CoarseStatus finallyRejected = accepted("CLOSED", "REJECTED_FINAL", "StatusRejected", "RejectionBecameFinalV2");
        assertEquals(CoarseStatus.DECIDED, recognised);
        assertEquals(CoarseStatus.DECIDED, recognisedWithDocuments, "documents issued would reveal a recognition");
        assertEquals(CoarseStatus.DECIDED, finallyRejected, "a closed case is not told apart from a recognition");
    }

    @Test
    void everyStepAfterARejectionIsStillDecided() {
        for (String afterRejection : List.of("NOT_ADMITTED", "REJECTED", "REJECTED_NOTIFIED", "RECONSIDERATION_WINDOW",
                "RECONSIDERATION", "REJECTION_CONFIRMED", "APPEAL_WINDOW", "APPEAL", "APPEAL_DENIED",
                "GRANTED_ON_CHALLENGE")) {
            assertEquals(CoarseStatus.DECIDED, accepted("REGISTERED", afterRejection, "StatusRejected"),
                    afterRejection);
            assertEquals(CoarseStatus.DECIDED, accepted("REGISTERED", afterRejection), afterRejection);
        }
        assertEquals(CoarseStatus.DECIDED, accepted("WITHDRAWN", "WITHDRAWN", "StatusRejected"),
                "a departure after a rejection does not show as a different end");
    }

    @Test
    void decidedIsFinalForThePartnerSoThatNoLaterStepTellsTheOutcome() {
        assertEquals(CoarseStatus.DECIDED, CoarseStatus.next(CoarseStatus.DECIDED, CoarseStatus.DECISION_PENDING),
                "a reconsideration or a reversal (which only a rejection has) changes nothing");
        assertEquals(CoarseStatus.DECIDED, CoarseStatus.next(CoarseStatus.DECIDED, CoarseStatus.CLOSED));
        assertEquals(CoarseStatus.DECISION_PENDING,
                CoarseStatus.next(CoarseStatus.INTERVIEW_SCHEDULED, CoarseStatus.DECISION_PENDING));
    }

    @Test
    void aCaseEndedBeforeAnyDecisionIsClosed() {
        assertEquals(CoarseStatus.CLOSED, accepted("WITHDRAWN", "WITHDRAWN"));
        assertEquals(CoarseStatus.CLOSED, accepted("ABANDONED", "ABANDONED"));
    }
}
