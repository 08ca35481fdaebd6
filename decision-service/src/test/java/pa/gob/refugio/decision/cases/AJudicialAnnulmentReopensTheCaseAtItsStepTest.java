package pa.gob.refugio.decision.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.decision.cases.DecisionCase.MemberFacts;
import pa.gob.refugio.decision.cases.RecognitionGround.LegalBasis;
import pa.gob.refugio.decision.ending.StatusEndGround;
import pa.gob.refugio.events.decision.CaseReopened.Step;
import pa.gob.refugio.events.decision.RejectionBecameFinal.Cause;
import pa.gob.refugio.events.decision.StatusEnded.Kind;
import pa.gob.refugio.events.registration.ApplicationRegistered.FamilyRole;

/**
 * The Third Chamber's annulment of a final decision reopens the case at the right step: an annulled rejection back
 * to CONARE's eligibility decision, an annulled non-admission back to admissibility, an annulled end of status puts
 * the recognition back in force. Once: a redelivery changes nothing; an open decision is not annulled.
 */
class AJudicialAnnulmentReopensTheCaseAtItsStepTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final Instant NOW = Instant.parse("2026-11-23T15:00:00Z");

    final UUID principal = UUID.randomUUID();
    final UUID partner = UUID.randomUUID();
    final UUID review = UUID.randomUUID();

    DecisionCase ready() {
        DecisionCase c = DecisionCase.opened(UUID.randomUUID(), "ONPAR-2026-000006", List.of(
                new MemberFacts(principal, FamilyRole.PRINCIPAL, true),
                new MemberFacts(partner, FamilyRole.SPOUSE_OR_PARTNER, true)), NOW);
        c.markReady(NOW);
        return c;
    }

    @Test
    void anAnnulledRejectionSendsItsMembersBackToConaresEligibilityDecision() {
        DecisionCase c = ready();
        c.decideAdmissibility(true, null, null, "officer", TODAY, NOW);
        Decision rejection = c.decideEligibility(false, null, null, "r", List.of(principal), "conare", TODAY, NOW);
        c.decideEligibility(true, LegalBasis.CONVENTION_1951, null, null, List.of(partner), "conare", TODAY, NOW);
        c.makeFinal(rejection, Cause.APPEAL_DENIED, TODAY, NOW);
        assertEquals(CaseStatus.RECOGNIZED, c.status());

        DecisionCase.Reopening reopening = c.reopenByCourt(rejection, review, TODAY, NOW).orElseThrow();
        assertEquals(Step.ELIGIBILITY, reopening.step());
        assertEquals(List.of(principal), reopening.memberIds());
        assertEquals(MemberOutcome.PENDING, c.members().get(0).outcome());
        assertNull(c.members().get(0).outcomeDecisionId());
        assertEquals(MemberOutcome.RECOGNIZED, c.members().get(1).outcome());
        assertEquals(CaseStatus.ADMITTED, c.status(), "CONARE decides the principal again");
        assertEquals(ChallengeState.ANNULLED, rejection.challengeState());
        assertTrue(c.reopenByCourt(rejection, review, TODAY, NOW).isEmpty(), "a redelivery changes nothing");

        c.decideEligibility(true, LegalBasis.CONVENTION_1951, null, null, List.of(principal), "conare", TODAY, NOW);
        assertEquals(CaseStatus.RECOGNIZED, c.status());
    }

    @Test
    void anAnnulledNonAdmissionGoesBackToAdmissibility() {
        DecisionCase c = ready();
        Decision notAdmitted = c.decideAdmissibility(false, NotAdmissibleGround.MANIFESTLY_UNFOUNDED, "r", "officer",
                TODAY, NOW);
        c.makeFinal(notAdmitted, Cause.RECONSIDERATION_WINDOW_LAPSED, TODAY, NOW);
        assertEquals(CaseStatus.FINALLY_REJECTED, c.status());

        DecisionCase.Reopening reopening = c.reopenByCourt(notAdmitted, review, TODAY, NOW).orElseThrow();
        assertEquals(Step.ADMISSIBILITY, reopening.step());
        assertEquals(List.of(principal, partner), reopening.memberIds());
        assertEquals(CaseStatus.READY_FOR_ADMISSIBILITY, c.status());
        c.decideAdmissibility(true, null, null, "officer", TODAY, NOW);
        assertEquals(CaseStatus.ADMITTED, c.status());
    }

    @Test
    void anAnnulledEndOfStatusPutsTheRecognitionBackInForce() {
        DecisionCase c = ready();
        c.decideAdmissibility(true, null, null, "officer", TODAY, NOW);
        c.decideEligibility(true, LegalBasis.CONVENTION_1951, null, null, null, "conare", TODAY, NOW);
        Decision end = c.endStatus(Kind.REVOCATION, new StatusEndGround(Kind.REVOCATION, "EXCLUSION_CONDUCT", "1F"),
                "r", List.of(principal, partner), "conare", TODAY, NOW);
        c.makeFinal(end, Cause.APPEAL_DENIED, TODAY, NOW);
        assertEquals(CaseStatus.STATUS_ENDED, c.status());

        DecisionCase.Reopening reopening = c.reopenByCourt(end, review, TODAY, NOW).orElseThrow();
        assertEquals(Step.RECOGNIZED, reopening.step());
        assertEquals(List.of(principal, partner), reopening.memberIds());
        assertEquals(MemberOutcome.RECOGNIZED, c.members().get(0).outcome());
        assertEquals(CaseStatus.RECOGNIZED, c.status());
    }

    @Test
    void aDecisionThatIsNotFinalIsNotAnnulled() {
        DecisionCase c = ready();
        c.decideAdmissibility(true, null, null, "officer", TODAY, NOW);
        Decision rejection = c.decideEligibility(false, null, null, "r", null, "conare", TODAY, NOW);
        assertTrue(c.reopenByCourt(rejection, review, TODAY, NOW).isEmpty());
        assertEquals(CaseStatus.REJECTED, c.status());
    }
}
