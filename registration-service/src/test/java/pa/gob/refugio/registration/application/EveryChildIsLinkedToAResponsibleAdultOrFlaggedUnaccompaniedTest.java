package pa.gob.refugio.registration.application;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.events.registration.ApplicationRegistered.FamilyRole;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.registration.application.RegisterApplicationRequest.Person;

class EveryChildIsLinkedToAResponsibleAdultOrFlaggedUnaccompaniedTest {

    static final LocalDate FILED = LocalDate.of(2026, 11, 23);

    static Person person(FamilyRole role, LocalDate born, Integer responsible, boolean alone) {
        return new Person(role, "A", "B", "F", born, List.of("VEN"), responsible, alone, null, null, null, null);
    }

    @Test
    void aParentWithAChildIsAConsistentFamily() {
        assertDoesNotThrow(() -> FamilyUnit.check(List.of(
                person(FamilyRole.PRINCIPAL, LocalDate.of(1988, 1, 1), null, false),
                person(FamilyRole.CHILD, LocalDate.of(2015, 1, 1), 0, false)), FILED));
    }

    @Test
    void aChildCannotBeResponsibleForAnotherChild() {
        ProblemException e = assertThrows(ProblemException.class, () -> FamilyUnit.check(List.of(
                person(FamilyRole.PRINCIPAL, LocalDate.of(2010, 1, 1), null, false),
                person(FamilyRole.CHILD, LocalDate.of(2015, 1, 1), 0, false)), FILED));
        assertEquals(422, e.status());
    }

    @Test
    void theAdultIsCountedOnTheFilingDate() {
        LocalDate eighteenOnFiling = FILED.minusYears(18);
        assertDoesNotThrow(() -> FamilyUnit.check(List.of(
                person(FamilyRole.PRINCIPAL, eighteenOnFiling, null, false),
                person(FamilyRole.CHILD, LocalDate.of(2020, 1, 1), 0, false)), FILED));
        assertThrows(ProblemException.class, () -> FamilyUnit.check(List.of(
                person(FamilyRole.PRINCIPAL, eighteenOnFiling.plusDays(1), null, false),
                person(FamilyRole.CHILD, LocalDate.of(2020, 1, 1), 0, false)), FILED));
    }

    @Test
    void thePrincipalComesFirstAndOnlyOnceAndAnUnaccompaniedChildHasNoResponsibleAdult() {
        assertThrows(ProblemException.class, () -> FamilyUnit.check(List.of(
                person(FamilyRole.CHILD, LocalDate.of(2015, 1, 1), null, true)), FILED));
        assertThrows(ProblemException.class, () -> FamilyUnit.check(List.of(
                person(FamilyRole.PRINCIPAL, LocalDate.of(1980, 1, 1), null, false),
                person(FamilyRole.PRINCIPAL, LocalDate.of(1981, 1, 1), null, false)), FILED));
        assertThrows(ProblemException.class, () -> FamilyUnit.check(List.of(
                person(FamilyRole.PRINCIPAL, LocalDate.of(1980, 1, 1), null, false),
                person(FamilyRole.CHILD, LocalDate.of(2015, 1, 1), 0, true)), FILED));
        assertThrows(ProblemException.class, () -> FamilyUnit.check(List.of(
                person(FamilyRole.PRINCIPAL, LocalDate.of(1980, 1, 1), null, false),
                person(FamilyRole.CHILD, LocalDate.of(2015, 1, 1), 5, false)), FILED));
    }
}
