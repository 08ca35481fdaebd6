package pa.gob.refugio.registration.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.registration.progress.MemberStages.Fact;
import pa.gob.refugio.registration.progress.MemberStages.StageEntry;

class AMemberMovesThroughStagesByTheEventsOfEveryServiceTest {

    static final Instant T0 = Instant.parse("2026-11-02T14:00:00Z");
    static final UUID ADULT = UUID.randomUUID();
    static final UUID CHILD = UUID.randomUUID();

    static Fact f(String type, int hours, List<UUID> members, Map<String, String> facts) {
        return new Fact(type, T0.plusSeconds(hours * 3600L), facts, members);
    }

    static Fact f(String type, int hours, UUID... members) {
        return f(type, hours, List.of(members), Map.of());
    }

    static StageEntry now(UUID member, List<Fact> facts) {
        return MemberStages.current(MemberStages.of(member, T0, "IN_PROCEDURE", null, facts));
    }

    static List<Stage> stages(UUID member, List<Fact> facts) {
        return MemberStages.of(member, T0, "IN_PROCEDURE", null, facts).stream().map(StageEntry::stage).toList();
    }

    @Test
    void aNewMemberWaitsForInterviewServiceToScheduleTheInterviews() {
        StageEntry s = now(ADULT, List.of());
        assertEquals(Stage.REGISTERED, s.stage());
        assertEquals("interview-service", s.stage().heldBy());
        assertEquals(T0, s.since());
    }

    @Test
    void theChildMovesWithTheAdultsThroughInterviewsAndTheWaitingList() {
        List<Fact> facts = List.of(f("CaseWaitlisted", 1), f("InterviewScheduled", 2, ADULT),
                f("InterviewCompleted", 3, ADULT), f("CaseReadyForDecision", 4));
        assertEquals(List.of(Stage.REGISTERED, Stage.WAITING_LIST, Stage.INTERVIEWS_SCHEDULED, Stage.INTERVIEWED),
                stages(CHILD, facts));
        StageEntry s = now(CHILD, facts);
        assertEquals("decision-service", s.stage().heldBy());
        assertEquals(T0.plusSeconds(4 * 3600), s.since());
    }

    @Test
    void completingOneInterviewDoesNotRestartTheClockOfTheScheduledStage() {
        StageEntry s = now(ADULT, List.of(f("InterviewScheduled", 1, ADULT), f("InterviewCompleted", 2, ADULT),
                f("InterviewScheduled", 3, CHILD)));
        assertEquals(Stage.INTERVIEWS_SCHEDULED, s.stage());
        assertEquals(T0.plusSeconds(3600), s.since());
    }

    @Test
    void anAdmittedMemberWaitsForSnmThenForConareEvenIfTheIdArrivedFirst() {
        List<Fact> facts = new ArrayList<>(List.of(f("ProvisionalIdIssued", 6, ADULT),
                f("CaseReadyForDecision", 4), f("ApplicationAdmitted", 5, ADULT, CHILD)));
        assertEquals(Stage.AWAITING_ELIGIBILITY, now(ADULT, facts).stage());
        assertEquals(Stage.ADMITTED, now(CHILD, facts).stage(), "no ID for the child yet");
        assertEquals("documents-service", now(CHILD, facts).stage().heldBy());
    }

    @Test
    void membersDecidedApartEachFollowTheirOwnOutcome() {
        List<Fact> facts = List.of(f("ApplicationAdmitted", 1, ADULT, CHILD), f("StatusRecognized", 2, CHILD),
                f("StatusRejected", 2, ADULT), f("RefugeeDocumentIssued", 3, CHILD),
                f("ResolutionNotified", 4, List.of(ADULT), Map.of("resolution", "REJECTED")),
                f("ReconsiderationWindowOpened", 4, List.of(ADULT), Map.of("lastDay", "2026-11-13")));
        assertEquals(Stage.DOCUMENTED, now(CHILD, facts).stage());
        assertNull(now(CHILD, facts).stage().heldBy());
        StageEntry adult = now(ADULT, facts);
        assertEquals(Stage.RECONSIDERATION_WINDOW, adult.stage());
        assertTrue(adult.waitingFor().contains("2026-11-13"));
        assertEquals(T0.plusSeconds(4 * 3600), adult.since());
    }

    @Test
    void challengesLeadToAFinalRejectionWhichAReversalReopens() {
        List<Fact> facts = new ArrayList<>(List.of(f("StatusRejected", 1, ADULT),
                f("ResolutionNotified", 2, List.of(ADULT), Map.of("resolution", "REJECTED")),
                f("ReconsiderationFiled", 3, ADULT), f("ReconsiderationConfirmed", 4, ADULT),
                f("AppealWindowOpened", 5, ADULT), f("AppealFiled", 6, ADULT), f("AppealDenied", 7, ADULT),
                f("RejectionBecameFinal", 8, ADULT)));
        assertEquals(List.of(Stage.REGISTERED, Stage.REJECTED, Stage.RECONSIDERATION_WINDOW,
                Stage.IN_RECONSIDERATION, Stage.REJECTION_CONFIRMED, Stage.APPEAL_WINDOW, Stage.IN_APPEAL,
                Stage.APPEAL_DENIED, Stage.FINALLY_REJECTED), stages(ADULT, facts));
        facts.add(f("FinalRejectionReversed", 9, List.of(ADULT),
                Map.of("reversedCause", "APPEAL_WINDOW_LAPSED")));
        assertEquals(Stage.APPEAL_WINDOW, now(ADULT, facts).stage());
    }

    @Test
    void aWholeCaseWithdrawalSparesTheMembersWhoseProcedureAlreadyEnded() {
        List<Fact> facts = List.of(f("StatusRecognized", 1, CHILD), f("RefugeeDocumentIssued", 2, CHILD),
                f("ApplicationWithdrawn", 3));
        assertEquals(Stage.DOCUMENTED, now(CHILD, facts).stage());
        assertEquals(Stage.WITHDRAWN, now(ADULT, facts).stage());
    }

    @Test
    void aCaseClosedBeforeTheReadModelEndsAsRegistrationServiceRecordedIt() {
        Instant ended = T0.plusSeconds(86_400);
        List<StageEntry> history = MemberStages.of(ADULT, T0, "CLOSED", ended,
                List.of(f("InterviewScheduled", 1, ADULT)));
        assertEquals(Stage.CLOSED, MemberStages.current(history).stage());
        assertEquals(ended, MemberStages.current(history).since());
        assertEquals(Stage.FINALLY_REJECTED, MemberStages.current(MemberStages.of(ADULT, T0, "REJECTED_FINAL", ended,
                List.of(f("RejectionBecameFinal", 2, ADULT)))).stage());
    }

    @Test
    void anotherMembersEventsDoNotMoveThisMember() {
        assertEquals(Stage.REGISTERED, now(ADULT, List.of(f("StatusRejected", 1, CHILD))).stage());
    }

    @Test
    void aRecognisedMembersStatusEndsOnlyWhenFinalAndTheCourtsAnnulmentReopensTheStep() {
        List<Fact> recognised = List.of(f("ApplicationAdmitted", 1, ADULT, CHILD), f("StatusRecognized", 2, ADULT, CHILD),
                f("RefugeeDocumentIssued", 3, ADULT), f("RefugeeDocumentIssued", 3, CHILD),
                f("StatusEnded", 4, ADULT), f("ResolutionNotified", 5, List.of(ADULT),
                        Map.of("resolution", "STATUS_ENDED")));
        assertEquals(Stage.DOCUMENTED, now(ADULT, recognised).stage(), "the status holds until the end is final");
        List<Fact> ended = new ArrayList<>(recognised);
        ended.add(f("StatusEndBecameFinal", 6, ADULT));
        assertEquals(Stage.STATUS_ENDED, now(ADULT, ended).stage());
        assertEquals(Stage.DOCUMENTED, now(CHILD, ended).stage(), "only the member whose status ended");
        ended.add(f("CaseReopened", 7, List.of(ADULT), Map.of("reopenedAt", "RECOGNIZED")));
        assertEquals(Stage.DOCUMENTED, now(ADULT, ended).stage());

        List<Fact> rejected = List.of(f("ApplicationAdmitted", 1, ADULT), f("StatusRejected", 2, ADULT),
                f("RejectionBecameFinal", 3, ADULT),
                f("CaseReopened", 4, List.of(ADULT), Map.of("reopenedAt", "ELIGIBILITY")));
        assertEquals(Stage.AWAITING_ELIGIBILITY, now(ADULT, rejected).stage());
    }
}
