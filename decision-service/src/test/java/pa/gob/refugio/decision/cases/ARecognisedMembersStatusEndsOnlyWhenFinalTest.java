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
import pa.gob.refugio.decision.ending.StatusEndGround;
import pa.gob.refugio.events.decision.RejectionBecameFinal.Cause;
import pa.gob.refugio.events.decision.ResolutionNotified.ResolutionKind;
import pa.gob.refugio.events.decision.StatusEnded.Kind;
import pa.gob.refugio.events.registration.ApplicationRegistered.FamilyRole;
import pa.gob.refugio.kit.problem.ProblemException;

/**
 * CONARE may end a recognised member's status (cessation, cancellation, revocation), per member, only while that
 * recognition is in force; the status holds until the end is final; a granted challenge keeps it.
 */
class ARecognisedMembersStatusEndsOnlyWhenFinalTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final Instant NOW = Instant.parse("2026-11-23T15:00:00Z");
    static final StatusEndGround CEASED = new StatusEndGround(Kind.CESSATION, "VOLUNTARY_REAVAILMENT", "art. 1C(1)");

    final UUID principal = UUID.randomUUID();
    final UUID partner = UUID.randomUUID();

    DecisionCase recognised() {
        DecisionCase c = DecisionCase.opened(UUID.randomUUID(), "ONPAR-2026-000003", List.of(
                new MemberFacts(principal, FamilyRole.PRINCIPAL, true),
                new MemberFacts(partner, FamilyRole.SPOUSE_OR_PARTNER, true)), NOW);
        c.markReady(NOW);
        c.decideAdmissibility(true, null, null, "officer", TODAY.minusMonths(6), NOW);
        c.decideEligibility(true, LegalBasis.CONVENTION_1951, null, null, null, "conare", TODAY.minusMonths(3), NOW);
        return c;
    }

    @Test
    void theEndOfOneMembersStatusConcernsThatMemberOnlyAndTheStatusHoldsWhileItCanBeChallenged() {
        DecisionCase c = recognised();
        Decision end = c.endStatus(Kind.CESSATION, CEASED, "returned home", List.of(principal), "conare", TODAY, NOW);

        assertEquals(DecisionKind.STATUS_END, end.kind());
        assertEquals(ResolutionKind.STATUS_ENDED, end.outcome());
        assertEquals(Kind.CESSATION, end.endKind());
        assertEquals("VOLUNTARY_REAVAILMENT", end.ground());
        assertEquals(List.of(principal), end.memberIds());
        assertEquals(ChallengeState.OPEN, end.challengeState());
        assertEquals(MemberOutcome.RECOGNIZED, c.members().get(0).outcome(), "recognised until the end is final");
        assertEquals(CaseStatus.RECOGNIZED, c.status());
    }

    @Test
    void anEndThatCanNoLongerBeChallengedEndsTheStatusOfItsMembersOnly() {
        DecisionCase c = recognised();
        Decision end = c.endStatus(Kind.CESSATION, CEASED, "returned home", List.of(principal), "conare", TODAY, NOW);

        assertTrue(c.makeFinal(end, Cause.RECONSIDERATION_WINDOW_LAPSED, TODAY.plusDays(8), NOW));
        assertEquals(MemberOutcome.STATUS_ENDED, c.members().get(0).outcome());
        assertEquals(MemberOutcome.RECOGNIZED, c.members().get(1).outcome(), "the partner keeps the status");
        assertEquals(List.of(principal), c.membersWhoseStatusEndedBy(end));
        assertEquals(CaseStatus.RECOGNIZED, c.status(), "someone is still recognised");
        assertFalse(c.makeFinal(end, Cause.APPEAL_WINDOW_LAPSED, TODAY.plusDays(9), NOW), "once");
    }

    @Test
    void whenNoMemberIsRecognisedAnyMoreTheCaseStatusEnded() {
        DecisionCase c = recognised();
        Decision end = c.endStatus(Kind.REVOCATION, new StatusEndGround(Kind.REVOCATION, "EXCLUSION_CONDUCT", "1F"),
                "conduct", List.of(principal, partner), "conare", TODAY, NOW);
        assertTrue(c.makeFinal(end, Cause.APPEAL_DENIED, TODAY.plusDays(20), NOW));
        assertEquals(CaseStatus.STATUS_ENDED, c.status());
    }

    @Test
    void aMemberWhoseRecognitionIsNotInForceCannotHaveTheirStatusEnded() {
        DecisionCase c = DecisionCase.opened(UUID.randomUUID(), "ONPAR-2026-000004", List.of(
                new MemberFacts(principal, FamilyRole.PRINCIPAL, true),
                new MemberFacts(partner, FamilyRole.SPOUSE_OR_PARTNER, true)), NOW);
        c.markReady(NOW);
        c.decideAdmissibility(true, null, null, "officer", TODAY, NOW);
        c.decideEligibility(true, LegalBasis.CONVENTION_1951, null, null, List.of(principal), "conare", TODAY, NOW);

        ProblemException pending = assertThrows(ProblemException.class, () -> c.endStatus(Kind.CESSATION, CEASED,
                "r", List.of(partner), "conare", TODAY, NOW));
        assertEquals(409, pending.status());
        assertEquals("status-not-in-force", pending.typeSlug());

        ProblemException stranger = assertThrows(ProblemException.class, () -> c.endStatus(Kind.CESSATION, CEASED,
                "r", List.of(UUID.randomUUID()), "conare", TODAY, NOW));
        assertEquals(422, stranger.status());
    }

    @Test
    void aCaseWithoutAnyRecognitionCannotHaveAStatusEnded() {
        DecisionCase c = DecisionCase.opened(UUID.randomUUID(), "ONPAR-2026-000005", List.of(
                new MemberFacts(principal, FamilyRole.PRINCIPAL, true)), NOW);
        ProblemException e = assertThrows(ProblemException.class, () -> c.endStatus(Kind.CESSATION, CEASED, "r",
                List.of(principal), "conare", TODAY, NOW));
        assertEquals(409, e.status());
    }

    @Test
    void aSecondEndWhileOneIsPendingOrAfterTheStatusEndedIsRefused() {
        DecisionCase c = recognised();
        Decision end = c.endStatus(Kind.CESSATION, CEASED, "r", List.of(principal), "conare", TODAY, NOW);
        ProblemException pending = assertThrows(ProblemException.class, () -> c.endStatus(Kind.CESSATION, CEASED,
                "r", List.of(principal), "conare", TODAY, NOW));
        assertEquals(409, pending.status());
        assertEquals("status-end-pending", pending.typeSlug());

        c.makeFinal(end, Cause.RECONSIDERATION_WINDOW_LAPSED, TODAY.plusDays(8), NOW);
        ProblemException ended = assertThrows(ProblemException.class, () -> c.endStatus(Kind.CESSATION, CEASED,
                "r", List.of(principal), "conare", TODAY, NOW));
        assertEquals("status-not-in-force", ended.typeSlug());
    }

    @Test
    void anEndDatedBeforeTheRecognitionBreaksTheRule() {
        DecisionCase c = recognised();
        ProblemException e = assertThrows(ProblemException.class, () -> c.endStatus(Kind.CESSATION, CEASED, "r",
                List.of(principal), "conare", TODAY.minusMonths(4), NOW));
        assertEquals(422, e.status());
        assertEquals("end-before-recognition", e.typeSlug());
    }

    @Test
    void aGrantedReconsiderationOrAppealKeepsTheStatus() {
        DecisionCase c = recognised();
        Decision end = c.endStatus(Kind.CANCELLATION, new StatusEndGround(Kind.CANCELLATION, "FRAUD", "fraud"), "r",
                List.of(principal), "conare", TODAY, NOW);
        UUID reconsideration = UUID.randomUUID();
        assertTrue(c.keepStatus(end, reconsideration, NOW));
        assertEquals(ChallengeState.OVERTURNED, end.challengeState());
        assertEquals(MemberOutcome.RECOGNIZED, c.members().get(0).outcome());
        assertFalse(c.keepStatus(end, reconsideration, NOW), "a redelivery changes nothing");
        assertFalse(c.makeFinal(end, Cause.APPEAL_WINDOW_LAPSED, TODAY, NOW), "an overturned end never becomes final");
        // a new end may be decided later
        c.endStatus(Kind.CESSATION, CEASED, "r", List.of(principal), "conare", TODAY, NOW);
    }

    @Test
    void aLapseUndoneGivesTheStatusBackWhileTheEndIsChallengedAgain() {
        DecisionCase c = recognised();
        Decision end = c.endStatus(Kind.CESSATION, CEASED, "r", List.of(principal, partner), "conare", TODAY, NOW);
        c.makeFinal(end, Cause.RECONSIDERATION_WINDOW_LAPSED, TODAY.plusDays(8), NOW);
        assertEquals(CaseStatus.STATUS_ENDED, c.status());
        assertTrue(c.reverseFinalRejection(end, NOW));
        assertEquals(MemberOutcome.RECOGNIZED, c.members().get(0).outcome());
        assertEquals(CaseStatus.RECOGNIZED, c.status());
        assertEquals(ChallengeState.OPEN, end.challengeState());
    }
}
