package pa.gob.refugio.documents.workpermit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.documents.document.DocumentKind;
import pa.gob.refugio.documents.document.DocumentStatus;
import pa.gob.refugio.kit.problem.ProblemException;

/** Eligibility per person by age and status, and a permit's period within its document (plain JUnit). */
class WorkPermitRulesTest {

    private final WorkPermitRules rules = new WorkPermitRules(18);
    private static final LocalDate FROM = LocalDate.of(2026, 6, 1);
    private static final LocalDate UNTIL = LocalDate.of(2026, 11, 30);

    @Test
    void anAdultWithAnInForceProvisionalIdOrRefugeeDocumentIsEligible() {
        assertTrue(rules.eligible(DocumentKind.PROVISIONAL_ID, true, true));
        assertTrue(rules.eligible(DocumentKind.REFUGEE_DOCUMENT, true, true));
    }

    @Test
    void aChildOrAMemberOfUnknownAgeIsNotEligible() {
        assertFalse(rules.eligible(DocumentKind.PROVISIONAL_ID, true, false));
        assertFalse(rules.eligible(DocumentKind.PROVISIONAL_ID, true, null));
    }

    @Test
    void aDocumentNoLongerInForceMakesNoOneEligible() {
        assertFalse(rules.eligible(DocumentKind.REFUGEE_DOCUMENT, false, true));
    }

    @Test
    void aMinimumAgeAboveTheAdultFlagMakesNoOneEligible() {
        assertFalse(new WorkPermitRules(21).eligible(DocumentKind.PROVISIONAL_ID, true, true));
        assertTrue(new WorkPermitRules(14).eligible(DocumentKind.PROVISIONAL_ID, true, true));
    }

    @Test
    void aPermitMayNotOutlastItsDocumentAndTheProblemNamesTheLastDay() {
        ProblemException e = assertThrows(ProblemException.class, () -> rules.checkRecordable("SP-1",
                DocumentKind.PROVISIONAL_ID, DocumentStatus.VALID, true, FROM, UNTIL, true, FROM,
                UNTIL.plusDays(1)));
        assertEquals(422, e.status());
        assertEquals("work-permit-beyond-document", e.typeSlug());
        assertEquals(UNTIL, e.facts().get("deadline"));
        rules.checkRecordable("SP-1", DocumentKind.PROVISIONAL_ID, DocumentStatus.VALID, true, FROM, UNTIL, true,
                FROM, UNTIL);
    }

    @Test
    void aPermitForAChildIsRefusedNamingTheMinimumAge() {
        ProblemException e = assertThrows(ProblemException.class, () -> rules.checkRecordable("SP-1",
                DocumentKind.PROVISIONAL_ID, DocumentStatus.VALID, true, FROM, UNTIL, false, FROM, UNTIL));
        assertEquals("work-permit-minimum-age", e.typeSlug());
        assertEquals(18, e.facts().get("minimumAge"));
    }

    @Test
    void aPermitOnARevokedDocumentIsRefused() {
        ProblemException e = assertThrows(ProblemException.class, () -> rules.checkRecordable("SP-1",
                DocumentKind.PROVISIONAL_ID, DocumentStatus.REVOKED, false, FROM, UNTIL, true, FROM, UNTIL));
        assertEquals("work-permit-document-not-in-force", e.typeSlug());
    }
}
