package pa.gob.refugio.registration.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import pa.gob.refugio.kit.problem.ProblemException;

class AnEndedCaseCannotEndAgainTest {

    @Test
    void aRegisteredCaseCanBeWithdrawnAbandonedOrClosed() {
        assertEquals(CaseStatus.WITHDRAWN, CaseStatus.REGISTERED.withdraw());
        assertEquals(CaseStatus.ABANDONED, CaseStatus.REGISTERED.abandon());
        assertEquals(CaseStatus.CLOSED, CaseStatus.REGISTERED.close());
        assertFalse(CaseStatus.REGISTERED.ended());
    }

    @Test
    void everyEndedCaseRefusesEveryFurtherEndWithAConflict() {
        for (CaseStatus ended : new CaseStatus[]{CaseStatus.WITHDRAWN, CaseStatus.ABANDONED, CaseStatus.CLOSED}) {
            assertTrue(ended.ended());
            assertEquals(409, assertThrows(ProblemException.class, ended::withdraw).status());
            assertEquals(409, assertThrows(ProblemException.class, ended::abandon).status());
            assertEquals(409, assertThrows(ProblemException.class, ended::close).status());
        }
    }
}
