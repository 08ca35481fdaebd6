package pa.gob.refugio.registration.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.events.registration.ApplicationRegistered.FamilyRole;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.rules.calendar.BusinessCalendar;
import pa.gob.refugio.rules.deadline.Deadlines;

/** The family-unit rules, guarded by {@link Application#register} (plain Java, no framework). */
class EveryMinorIsLinkedToAnAdultOrMarkedUnaccompaniedOrSeparatedTest {

    static final LocalDate FILED = LocalDate.of(2026, 11, 23);
    static final LocalDate ADULT = LocalDate.of(1988, 1, 1);
    static final LocalDate CHILD = LocalDate.of(2015, 1, 1);

    private final AtomicInteger caseNumbersDrawn = new AtomicInteger();

    static NewMember person(FamilyRole role, String name, LocalDate born, Integer responsible, ChildAlone alone) {
        return new NewMember(role, name, "Rojas", "F", born, List.of("VEN"), responsible, alone, null, null, null,
                null, null, null);
    }

    private Application register(NewMember... family) {
        return Application.register(() -> "ONPAR-2026-" + caseNumbersDrawn.incrementAndGet(), "ONPAR Balboa",
                FILED.minusDays(10), FILED, new Deadlines(BusinessCalendar.panama()).filing(FILED.minusDays(10)), null,
                List.of(family), "officer", Instant.parse("2026-11-23T15:00:00Z"));
    }

    private ProblemException refused(NewMember... family) {
        return assertThrows(ProblemException.class, () -> register(family));
    }

    @Test
    void aParentWithAChildIsAConsistentFamilyAndTheChildIsLinkedToTheParent() {
        Application a = register(person(FamilyRole.PRINCIPAL, "Ana", ADULT, null, null),
                person(FamilyRole.CHILD, "Sofía", CHILD, 0, null));
        assertEquals(a.members().get(0).id(), a.members().get(1).responsibleMemberId());
        assertFalse(a.members().get(1).unaccompaniedChild());
        assertFalse(a.priority());
    }

    @Test
    void aMinorWithNoLinkedAdultIsRefusedNamingTheMemberAndNoCaseNumberIsDrawn() {
        ProblemException e = refused(person(FamilyRole.PRINCIPAL, "Ana", ADULT, null, null),
                person(FamilyRole.CHILD, "Sofía", CHILD, null, null));
        assertEquals(422, e.status());
        assertTrue(e.getMessage().contains("members[1] (Sofía)") || String.valueOf(e.facts()).contains("Sofía"),
                e.getMessage());
        assertEquals(0, caseNumbersDrawn.get());

        ProblemException alone = refused(person(FamilyRole.PRINCIPAL, "Sofía", CHILD, null, null));
        assertEquals(422, alone.status(), "a child registering alone must be marked too");
    }

    @Test
    void aChildMarkedUnaccompaniedOrSeparatedIsRegisteredAndTheCaseHasPriority() {
        Application unaccompanied = register(person(FamilyRole.PRINCIPAL, "Sofía", CHILD, null,
                ChildAlone.UNACCOMPANIED));
        assertTrue(unaccompanied.members().get(0).unaccompaniedChild());
        assertEquals(ChildAlone.UNACCOMPANIED, unaccompanied.members().get(0).childAlone());
        assertNull(unaccompanied.members().get(0).responsibleMemberId());
        assertTrue(unaccompanied.priority());

        Application separated = register(person(FamilyRole.PRINCIPAL, "Sofía", CHILD, null, ChildAlone.SEPARATED),
                person(FamilyRole.CHILD, "Tomás", CHILD.plusYears(2), null, ChildAlone.SEPARATED));
        assertEquals(List.of(ChildAlone.SEPARATED, ChildAlone.SEPARATED),
                separated.members().stream().map(Member::childAlone).toList());
        assertTrue(separated.priority());
    }

    @Test
    void aChildCannotBeResponsibleForAnotherChildAndTheAdultIsCountedOnTheFilingDate() {
        assertEquals(422, refused(person(FamilyRole.PRINCIPAL, "Ana", LocalDate.of(2010, 1, 1), null,
                ChildAlone.SEPARATED), person(FamilyRole.CHILD, "Sofía", CHILD, 0, null)).status());
        LocalDate eighteenOnFiling = FILED.minusYears(18);
        register(person(FamilyRole.PRINCIPAL, "Ana", eighteenOnFiling, null, null),
                person(FamilyRole.CHILD, "Sofía", CHILD, 0, null));
        assertEquals(422, refused(person(FamilyRole.PRINCIPAL, "Ana", eighteenOnFiling.plusDays(1), null,
                ChildAlone.SEPARATED), person(FamilyRole.CHILD, "Sofía", CHILD, 0, null)).status());
    }

    @Test
    void thePrincipalComesFirstAndOnlyOnceAndAChildAloneHasNoResponsibleAdultAndOnlyAMinorIsAlone() {
        refused(person(FamilyRole.CHILD, "Sofía", CHILD, null, ChildAlone.UNACCOMPANIED));
        refused(person(FamilyRole.PRINCIPAL, "Ana", ADULT, null, null),
                person(FamilyRole.PRINCIPAL, "Luis", ADULT, null, null));
        refused(person(FamilyRole.PRINCIPAL, "Ana", ADULT, null, null),
                person(FamilyRole.CHILD, "Sofía", CHILD, 0, ChildAlone.UNACCOMPANIED));
        refused(person(FamilyRole.PRINCIPAL, "Ana", ADULT, null, null),
                person(FamilyRole.CHILD, "Sofía", CHILD, 5, null));
        refused(person(FamilyRole.PRINCIPAL, "Ana", ADULT, null, ChildAlone.UNACCOMPANIED));
        assertEquals(0, caseNumbersDrawn.get());
    }
}
