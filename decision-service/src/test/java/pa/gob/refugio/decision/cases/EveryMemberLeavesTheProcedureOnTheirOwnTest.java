package pa.gob.refugio.decision.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** Withdrawal, departure and final outcomes belong to each member: one member's end never ends another's. */
class EveryMemberLeavesTheProcedureOnTheirOwnTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final Instant NOW = Instant.parse("2026-11-23T15:00:00Z");

    final UUID principal = UUID.randomUUID();
    final UUID partner = UUID.randomUUID();
    final UUID child = UUID.randomUUID();

    DecisionCase family() {
        DecisionCase c = DecisionCase.opened(UUID.randomUUID(), "ONPAR-2026-000001", List.of(
                new MemberFacts(principal, FamilyRole.PRINCIPAL, true),
                new MemberFacts(partner, FamilyRole.SPOUSE_OR_PARTNER, true),
                new MemberFacts(child, FamilyRole.CHILD, false)), NOW);
        assertTrue(c.markReady(NOW));
        return c;
    }

    List<MemberOutcome> outcomes(DecisionCase c) {
        return c.members().stream().map(CaseMember::outcome).toList();
    }

    @Test
    void oneAdultsWithdrawalEndsTheirProcedureOnlyAndTheAdmissionConcernsTheOthers() {
        DecisionCase c = family();
        assertEquals(List.of(partner), c.membersLeft(List.of(partner), MemberOutcome.WITHDRAWN, NOW));
        assertEquals(CaseStatus.READY_FOR_ADMISSIBILITY, c.status());
        Decision admission = c.decideAdmissibility(true, null, null, "onpar", TODAY, NOW);
        assertEquals(List.of(principal, child), admission.memberIds());
        assertEquals(List.of(MemberOutcome.PENDING, MemberOutcome.WITHDRAWN, MemberOutcome.PENDING), outcomes(c));
    }

    @Test
    void theRejectionOfOneAdultBecomesFinalForThemWhileTheOtherStillWaits() {
        DecisionCase c = family();
        c.decideAdmissibility(true, null, null, "onpar", TODAY, NOW);
        Decision rejection = c.decideEligibility(false, null, null, "r", List.of(partner), "conare", TODAY, NOW);
        assertTrue(c.makeFinal(rejection, Cause.RECONSIDERATION_WINDOW_LAPSED, TODAY, NOW));
        assertEquals(List.of(partner), c.membersFinallyRejectedBy(rejection));
        assertEquals(CaseStatus.ADMITTED, c.status());
        assertEquals(List.of(MemberOutcome.PENDING, MemberOutcome.FINALLY_REJECTED, MemberOutcome.PENDING),
                outcomes(c));
    }

    @Test
    void aMemberWhoLeftIsNotMadeFinallyRejectedAndTheOthersCloseTheCaseOnlyWhenAllEnded() {
        DecisionCase c = family();
        c.decideAdmissibility(true, null, null, "onpar", TODAY, NOW);
        Decision rejection = c.decideEligibility(false, null, null, "r", List.of(partner), "conare", TODAY, NOW);
        c.membersLeft(List.of(partner), MemberOutcome.ABANDONED, NOW);
        assertEquals(CaseStatus.ADMITTED, c.status());
        assertTrue(c.makeFinal(rejection, Cause.RECONSIDERATION_WINDOW_LAPSED, TODAY, NOW));
        assertEquals(List.of(), c.membersFinallyRejectedBy(rejection));

        c.decideEligibility(true, LegalBasis.CONVENTION_1951, null, null, null, "conare", TODAY, NOW);
        assertEquals(CaseStatus.RECOGNIZED, c.status());
        assertEquals(List.of(), c.membersLeft(null, MemberOutcome.WITHDRAWN, NOW), "every procedure already ended");
    }

    @Test
    void everyoneLeavingClosesTheCaseAndADecidedMemberKeepsTheirOutcome() {
        DecisionCase c = family();
        c.decideAdmissibility(true, null, null, "onpar", TODAY, NOW);
        c.decideEligibility(true, LegalBasis.CONVENTION_1951, null, null, List.of(child), "conare", TODAY, NOW);
        assertEquals(List.of(principal, partner), c.membersLeft(null, MemberOutcome.WITHDRAWN, NOW));
        assertEquals(List.of(MemberOutcome.WITHDRAWN, MemberOutcome.WITHDRAWN, MemberOutcome.RECOGNIZED), outcomes(c));
        assertEquals(CaseStatus.RECOGNIZED, c.status());

        DecisionCase all = family();
        all.membersLeft(List.of(principal, partner, child), MemberOutcome.ABANDONED, NOW);
        assertEquals(CaseStatus.CLOSED, all.status());
    }

    @Test
    void aFinalNonAdmissionNamesTheMembersStillInTheProcedure() {
        DecisionCase c = family();
        c.membersLeft(List.of(child), MemberOutcome.WITHDRAWN, NOW);
        Decision notAdmitted = c.decideAdmissibility(false, NotAdmissibleGround.FRAUDULENT, "r", "onpar", TODAY, NOW);
        assertEquals(List.of(principal, partner), notAdmitted.memberIds());
        assertTrue(c.makeFinal(notAdmitted, Cause.RECONSIDERATION_WINDOW_LAPSED, TODAY, NOW));
        assertEquals(List.of(principal, partner), c.membersFinallyRejectedBy(notAdmitted));
        assertEquals(CaseStatus.FINALLY_REJECTED, c.status());
    }

    @Test
    void aStrangerCannotLeaveTheCase() {
        DecisionCase c = family();
        assertThrows(IllegalStateException.class,
                () -> c.membersLeft(List.of(UUID.randomUUID()), MemberOutcome.WITHDRAWN, NOW));
    }
}
