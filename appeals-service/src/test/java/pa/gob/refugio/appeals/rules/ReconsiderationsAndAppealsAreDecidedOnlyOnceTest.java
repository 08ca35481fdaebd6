package pa.gob.refugio.appeals.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import pa.gob.refugio.kit.problem.ProblemException;

class ReconsiderationsAndAppealsAreDecidedOnlyOnceTest {

    @Test
    void conareGrantsOrConfirmsAFiledReconsideration() {
        assertEquals(ReconsiderationStatus.GRANTED,
                ReconsiderationStatus.FILED.decide(ReconsiderationStatus.Outcome.GRANTED));
        assertEquals(ReconsiderationStatus.CONFIRMED,
                ReconsiderationStatus.FILED.decide(ReconsiderationStatus.Outcome.CONFIRMED));
        assertFalse(ReconsiderationStatus.FILED.isDecided());
        assertTrue(ReconsiderationStatus.CONFIRMED.isDecided());
    }

    @Test
    void aDecidedReconsiderationCannotBeDecidedAgain() {
        for (ReconsiderationStatus decided : new ReconsiderationStatus[] {ReconsiderationStatus.GRANTED,
                ReconsiderationStatus.CONFIRMED}) {
            for (ReconsiderationStatus.Outcome outcome : ReconsiderationStatus.Outcome.values()) {
                ProblemException e = assertThrows(ProblemException.class, () -> decided.decide(outcome));
                assertEquals(409, e.status());
            }
        }
    }

    @Test
    void theMinisterGrantsOrDeniesAFiledAppeal() {
        assertEquals(AppealStatus.GRANTED, AppealStatus.FILED.decide(AppealStatus.Outcome.GRANTED));
        assertEquals(AppealStatus.DENIED, AppealStatus.FILED.decide(AppealStatus.Outcome.DENIED));
    }

    @Test
    void aDecidedAppealCannotBeDecidedAgain() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> AppealStatus.DENIED.decide(AppealStatus.Outcome.GRANTED));
        assertEquals(409, e.status());
        assertTrue(e.getMessage().contains("DENIED"), e.getMessage());
        assertEquals(409, assertThrows(ProblemException.class,
                () -> AppealStatus.GRANTED.decide(AppealStatus.Outcome.DENIED)).status());
    }
}
