package pa.gob.refugio.decision.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.decision.cases.DecisionCase.MemberFacts;
import pa.gob.refugio.decision.cases.RecognitionGround.LegalBasis;
import pa.gob.refugio.events.decision.RejectionBecameFinal.Cause;
import pa.gob.refugio.events.registration.ApplicationRegistered.FamilyRole;
import pa.gob.refugio.kit.problem.ProblemException;

/** The case aggregate's rules, in plain Java: members decided apart, challenges, and finality exactly once. */
class FamilyDecidedMemberByMemberTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final Instant NOW = Instant.parse("2026-11-23T15:00:00Z");

    final UUID principal = UUID.randomUUID();
    final UUID partner = UUID.randomUUID();
    final UUID child = UUID.randomUUID();

    DecisionCase admittedFamily() {
        DecisionCase c = DecisionCase.opened(UUID.randomUUID(), "ONPAR-2026-000001", List.of(
                new MemberFacts(principal, FamilyRole.PRINCIPAL, true),
                new MemberFacts(partner, FamilyRole.SPOUSE_OR_PARTNER, true),
                new MemberFacts(child, FamilyRole.CHILD, false)), NOW);
        assertTrue(c.markReady(NOW));
        c.decideAdmissibility(true, null, null, "officer", TODAY, NOW);
        return c;
    }

    @Test
    void admissionConcernsEveryMember() {
        DecisionCase c = admittedFamily();
        assertEquals(CaseStatus.ADMITTED, c.status());
        assertEquals(List.of(principal, partner, child), c.decisions().get(0).memberIds());
    }

    @Test
    void aMemberDecidedApartLeavesTheRestWaitingUntilEveryoneHasAnOutcome() {
        DecisionCase c = admittedFamily();
        Decision childRecognised = c.decideEligibility(true, LegalBasis.CONVENTION_1951,
                RecognitionGround.GENDER_BASED, null, List.of(child), "conare", TODAY, NOW);
        assertEquals(List.of(child), childRecognised.memberIds());
        assertEquals(CaseStatus.ADMITTED, c.status());

        Decision rest = c.decideEligibility(false, null, null, "reasons", null, "conare", TODAY, NOW);
        assertEquals(List.of(principal, partner), rest.memberIds());
        assertEquals(CaseStatus.REJECTED, c.status());
    }

    @Test
    void aMemberIsDecidedOnceAndMustBelongToTheCase() {
        DecisionCase c = admittedFamily();
        c.decideEligibility(false, null, null, "r", List.of(partner), "conare", TODAY, NOW);
        ProblemException twice = assertThrows(ProblemException.class, () -> c.decideEligibility(true,
                LegalBasis.WIDER_DEFINITION, null, null, List.of(partner), "conare", TODAY, NOW));
        assertEquals(409, twice.status());
        ProblemException stranger = assertThrows(ProblemException.class, () -> c.decideEligibility(true,
                LegalBasis.WIDER_DEFINITION, null, null, List.of(UUID.randomUUID()), "conare", TODAY, NOW));
        assertEquals(422, stranger.status());
    }

    @Test
    void aRejectionBecomesFinalExactlyOnceWhateverArrivesAfter() {
        DecisionCase c = admittedFamily();
        Decision rejection = c.decideEligibility(false, null, null, "r", null, "conare", TODAY, NOW);

        assertTrue(c.makeFinal(rejection, Cause.RECONSIDERATION_WINDOW_LAPSED, TODAY, NOW));
        assertFalse(c.makeFinal(rejection, Cause.APPEAL_WINDOW_LAPSED, TODAY, NOW));
        assertFalse(c.makeFinal(rejection, Cause.APPEAL_DENIED, TODAY, NOW));
        assertEquals(Cause.RECONSIDERATION_WINDOW_LAPSED, rejection.finalCause());
        assertEquals(CaseStatus.FINALLY_REJECTED, c.status());
        assertThrows(IllegalStateException.class,
                () -> c.grantChallenge(rejection, DecisionOrigin.APPEAL, UUID.randomUUID(), TODAY, NOW));
    }

    @Test
    void aGrantedReconsiderationRecognisesTheRejectedMembersOnce() {
        DecisionCase c = admittedFamily();
        c.decideEligibility(true, LegalBasis.WIDER_DEFINITION, RecognitionGround.INTERNAL_CONFLICT, null,
                List.of(child), "conare", TODAY, NOW);
        Decision rejection = c.decideEligibility(false, null, null, "r", null, "conare", TODAY, NOW);

        Decision recognition = c.grantChallenge(rejection, DecisionOrigin.RECONSIDERATION, UUID.randomUUID(),
                TODAY, NOW).orElseThrow();
        assertEquals(List.of(principal, partner), recognition.memberIds());
        assertEquals(DecisionCase.RECONSIDERATION_GRANTED, recognition.legalBasis());
        assertEquals(rejection.id(), recognition.challengedDecisionId());
        assertEquals(ChallengeState.OVERTURNED, rejection.challengeState());
        assertEquals(CaseStatus.RECOGNIZED, c.status());

        assertTrue(c.grantChallenge(rejection, DecisionOrigin.APPEAL, UUID.randomUUID(), TODAY, NOW).isEmpty());
        assertFalse(c.makeFinal(rejection, Cause.RECONSIDERATION_WINDOW_LAPSED, TODAY, NOW));
    }

    @Test
    void aNonAdmissionGrantedOnReconsiderationBecomesAnAdmission() {
        DecisionCase c = DecisionCase.opened(UUID.randomUUID(), "ONPAR-2026-000002",
                List.of(new MemberFacts(principal, FamilyRole.PRINCIPAL, true)), NOW);
        c.markReady(NOW);
        Decision notAdmitted = c.decideAdmissibility(false, NotAdmissibleGround.FRAUDULENT, "r", "onpar", TODAY,
                NOW);
        Decision admitted = c.grantChallenge(notAdmitted, DecisionOrigin.RECONSIDERATION, UUID.randomUUID(), TODAY,
                NOW).orElseThrow();
        assertEquals(DecisionKind.ADMISSIBILITY, admitted.kind());
        assertEquals(CaseStatus.ADMITTED, c.status());
    }

    @Test
    void aPositiveDecisionCannotBeChallenged() {
        DecisionCase c = admittedFamily();
        Decision admission = c.decisions().get(0);
        assertThrows(IllegalStateException.class,
                () -> c.makeFinal(admission, Cause.APPEAL_DENIED, TODAY, NOW));
    }

    @Test
    void aCaseHeardOfBeforeItsRegistrationCannotBeDecidedUntilItArrives() {
        DecisionCase c = DecisionCase.notYetRegistered(UUID.randomUUID(), NOW);
        assertTrue(c.markReady(NOW));
        ProblemException early = assertThrows(ProblemException.class,
                () -> c.decideAdmissibility(true, null, null, "onpar", TODAY, NOW));
        assertEquals(409, early.status());
        assertTrue(c.register("ONPAR-2026-000003",
                List.of(new MemberFacts(principal, FamilyRole.PRINCIPAL, true)), NOW));
        assertFalse(c.register("ONPAR-2026-000003",
                List.of(new MemberFacts(principal, FamilyRole.PRINCIPAL, true)), NOW));
        assertEquals(CaseStatus.READY_FOR_ADMISSIBILITY, c.status());
        c.decideAdmissibility(true, null, null, "onpar", TODAY, NOW);
    }

    @Test
    void aNotificationIsRecordedOnceBetweenTheDecisionAndToday() {
        DecisionCase c = admittedFamily();
        Decision admission = c.decisions().get(0);
        assertEquals(422, assertThrows(ProblemException.class, () -> c.notifyDecision(admission,
                TODAY.minusDays(1), NotificationChannel.EMAIL, true, "onpar", TODAY, NOW)).status());
        assertEquals(422, assertThrows(ProblemException.class, () -> c.notifyDecision(admission,
                TODAY.plusDays(1), NotificationChannel.EMAIL, true, "onpar", TODAY, NOW)).status());
        c.notifyDecision(admission, TODAY, NotificationChannel.EMAIL, true, "onpar", TODAY, NOW);
        assertEquals(409, assertThrows(ProblemException.class, () -> c.notifyDecision(admission,
                TODAY, NotificationChannel.POSTAL, true, "onpar", TODAY, NOW)).status());
    }

    @Test
    void withdrawalClosesAnOpenCaseButNotADecidedOne() {
        DecisionCase c = admittedFamily();
        c.decideEligibility(true, LegalBasis.CONVENTION_1951, null, null, null, "conare", TODAY, NOW);
        assertFalse(c.close(NOW));
        assertEquals(CaseStatus.RECOGNIZED, c.status());
        DecisionCase open = admittedFamily();
        assertTrue(open.close(NOW));
        assertEquals(CaseStatus.CLOSED, open.status());
    }

    @Test
    void everyGroundBelongsToOneLegalBasis() {
        assertTrue(RecognitionGround.GENDER_BASED.belongsTo(LegalBasis.CONVENTION_1951));
        assertTrue(RecognitionGround.MASSIVE_HUMAN_RIGHTS_VIOLATIONS.belongsTo(LegalBasis.WIDER_DEFINITION));
        assertFalse(RecognitionGround.FOREIGN_AGGRESSION.belongsTo(LegalBasis.CONVENTION_1951));
    }
}
