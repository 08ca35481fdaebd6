package pa.gob.refugio.decision.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.decision.cases.DecisionCase.MemberFacts;
import pa.gob.refugio.events.decision.RejectionBecameFinal.Cause;
import pa.gob.refugio.events.registration.ApplicationRegistered.FamilyRole;

/** A lapse undone (paper filing received in time, supervisor's reinstatement) reverses the final rejection, once. */
class LapsedWindowReinstatedReversesTheFinalRejectionTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final Instant NOW = Instant.parse("2026-11-23T15:00:00Z");

    final UUID principal = UUID.randomUUID();
    final UUID partner = UUID.randomUUID();

    DecisionCase ready() {
        DecisionCase c = DecisionCase.opened(UUID.randomUUID(), "ONPAR-2026-000002", List.of(
                new MemberFacts(principal, FamilyRole.PRINCIPAL, true),
                new MemberFacts(partner, FamilyRole.SPOUSE_OR_PARTNER, true)), NOW);
        c.markReady(NOW);
        return c;
    }

    @Test
    void aRejectionMadeFinalByALapseCanBeChallengedAgainForItsMembers() {
        DecisionCase c = ready();
        c.decideAdmissibility(true, null, null, "officer", TODAY, NOW);
        Decision rejection = c.decideEligibility(false, null, null, "reasons", List.of(principal), "conare", TODAY,
                NOW);
        c.decideEligibility(false, null, null, "reasons", List.of(partner), "conare", TODAY, NOW);
        assertTrue(c.makeFinal(rejection, Cause.RECONSIDERATION_WINDOW_LAPSED, TODAY, NOW));
        assertEquals(MemberOutcome.FINALLY_REJECTED, c.members().get(0).outcome());

        assertTrue(c.reverseFinalRejection(rejection, NOW));
        assertEquals(ChallengeState.OPEN, rejection.challengeState());
        assertNull(rejection.finalCause());
        assertEquals(MemberOutcome.REJECTED, c.members().get(0).outcome());
        assertEquals(MemberOutcome.REJECTED, c.members().get(1).outcome(), "the other member is untouched");
        assertEquals(CaseStatus.REJECTED, c.status());

        assertFalse(c.reverseFinalRejection(rejection, NOW), "a redelivery changes nothing");
    }

    @Test
    void aNonAdmissionMadeFinalByALapseIsNotAdmittedAgain() {
        DecisionCase c = ready();
        Decision notAdmitted = c.decideAdmissibility(false, NotAdmissibleGround.MANIFESTLY_UNFOUNDED, "reasons",
                "officer", TODAY, NOW);
        assertTrue(c.makeFinal(notAdmitted, Cause.RECONSIDERATION_WINDOW_LAPSED, TODAY, NOW));
        assertEquals(CaseStatus.FINALLY_REJECTED, c.status());

        assertTrue(c.reverseFinalRejection(notAdmitted, NOW));
        assertEquals(CaseStatus.NOT_ADMITTED, c.status());
    }

    @Test
    void aDeniedAppealOrAnOpenDecisionIsNotReversed() {
        DecisionCase c = ready();
        c.decideAdmissibility(true, null, null, "officer", TODAY, NOW);
        Decision rejection = c.decideEligibility(false, null, null, "reasons", null, "conare", TODAY, NOW);
        assertFalse(c.reverseFinalRejection(rejection, NOW), "still open");
        assertTrue(c.makeFinal(rejection, Cause.APPEAL_DENIED, TODAY, NOW));
        assertFalse(c.reverseFinalRejection(rejection, NOW), "the Minister's denial is not a lapse");
        assertEquals(CaseStatus.FINALLY_REJECTED, c.status());
    }
}
