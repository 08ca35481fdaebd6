package pa.gob.refugio.documents.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.kit.problem.ProblemException;

class ValidityRulesTest {

    private final ValidityRules rules = new ValidityRules(6, 12);
    private final LocalDate admitted = LocalDate.of(2026, 3, 10);

    @Test
    void provisionalIdIsValidSixMonthsFromTheDecisionThroughTheDayBeforeTheSameDate() {
        assertEquals(LocalDate.of(2026, 9, 9), rules.validUntil(DocumentKind.PROVISIONAL_ID, admitted));
    }

    @Test
    void refugeeDocumentIsValidOneYearFromTheRecognition() {
        assertEquals(LocalDate.of(2027, 3, 9), rules.validUntil(DocumentKind.REFUGEE_DOCUMENT, admitted));
    }

    @Test
    void periodsComeFromConfiguration() {
        assertEquals(LocalDate.of(2026, 6, 9),
                new ValidityRules(3, 24).validUntil(DocumentKind.PROVISIONAL_ID, admitted));
        assertThrows(IllegalArgumentException.class, () -> new ValidityRules(0, 12));
    }

    @Test
    void endOfMonthDecisionEndsOnTheLastDayOfTheTargetMonth() {
        assertEquals(LocalDate.of(2026, 2, 28), rules.validUntil(DocumentKind.PROVISIONAL_ID, LocalDate.of(2025, 8, 31)));
        assertEquals(LocalDate.of(2029, 2, 28),
                rules.validUntil(DocumentKind.REFUGEE_DOCUMENT, LocalDate.of(2028, 2, 29)));
    }

    @Test
    void aProvisionalIdIssuedOn30NovemberIsValidUntil29May() {
        assertEquals(LocalDate.of(2027, 5, 29),
                rules.validUntil(DocumentKind.PROVISIONAL_ID, LocalDate.of(2026, 11, 30)));
    }

    @Test
    void aValidDocumentIsValidThroughItsLastDayAndExpiredTheDayAfter() {
        LocalDate until = LocalDate.of(2026, 9, 10);
        assertEquals(DocumentStatus.VALID, ValidityRules.effectiveStatus(DocumentStatus.VALID, until, until));
        assertEquals(DocumentStatus.EXPIRED,
                ValidityRules.effectiveStatus(DocumentStatus.VALID, until, until.plusDays(1)));
        assertFalse(ValidityRules.inForce(DocumentStatus.VALID, until, until.plusDays(1)));
    }

    @Test
    void aPendingRenewalKeepsTheDocumentValidPastItsLastDay() {
        LocalDate until = LocalDate.of(2026, 9, 10);
        LocalDate monthsLater = until.plusMonths(2);
        assertEquals(DocumentStatus.RENEWAL_PENDING,
                ValidityRules.effectiveStatus(DocumentStatus.RENEWAL_PENDING, until, monthsLater));
        assertTrue(ValidityRules.inForce(DocumentStatus.RENEWAL_PENDING, until, monthsLater));
        assertEquals(DocumentStatus.VALID,
                ValidityRules.publicStatus(DocumentStatus.RENEWAL_PENDING, until, monthsLater));
    }

    @Test
    void revokedAndSupersededDocumentsAreNeverInForce() {
        LocalDate until = LocalDate.of(2026, 9, 10);
        LocalDate before = until.minusDays(30);
        assertFalse(ValidityRules.inForce(DocumentStatus.REVOKED, until, before));
        assertFalse(ValidityRules.inForce(DocumentStatus.SUPERSEDED, until, before));
        assertEquals(DocumentStatus.REVOKED, ValidityRules.publicStatus(DocumentStatus.REVOKED, until, before));
        assertEquals(DocumentStatus.SUPERSEDED,
                ValidityRules.publicStatus(DocumentStatus.SUPERSEDED, until, before));
    }

    @Test
    void renewalRequestedOnTheLastDayIsAccepted() {
        LocalDate until = LocalDate.of(2026, 9, 10);
        rules.checkRenewable(DocumentKind.PROVISIONAL_ID, DocumentStatus.VALID, until, until, true);
        rules.checkRenewable(DocumentKind.REFUGEE_DOCUMENT, DocumentStatus.VALID, until, until.minusDays(40), false);
    }

    @Test
    void renewalRequestedAfterExpiryIsRefusedExplainingTheLastDay() {
        LocalDate until = LocalDate.of(2026, 9, 10);
        ProblemException refused = assertThrows(ProblemException.class, () -> rules.checkRenewable(
                DocumentKind.PROVISIONAL_ID, DocumentStatus.VALID, until, until.plusDays(1), true));
        assertEquals(422, refused.status());
        assertTrue(refused.getMessage().contains("2026-09-10"));
    }

    @Test
    void provisionalIdOfAnEndedCaseIsNotRenewable() {
        LocalDate until = LocalDate.of(2026, 9, 10);
        assertEquals(409, assertThrows(ProblemException.class, () -> rules.checkRenewable(
                DocumentKind.PROVISIONAL_ID, DocumentStatus.VALID, until, until.minusDays(1), false)).status());
    }

    @Test
    void revokedSupersededOrAlreadyPendingDocumentsAreNotRenewable() {
        LocalDate until = LocalDate.of(2026, 9, 10);
        LocalDate today = until.minusDays(10);
        for (DocumentStatus status : new DocumentStatus[] {DocumentStatus.REVOKED, DocumentStatus.SUPERSEDED,
                DocumentStatus.RENEWAL_PENDING}) {
            assertEquals(409, assertThrows(ProblemException.class, () -> rules.checkRenewable(
                    DocumentKind.PROVISIONAL_ID, status, until, today, true)).status(), status.name());
        }
    }

    @Test
    void renewalAddsTheSamePeriodStartingTheDayAfterTheFormerLastDay() {
        LocalDate until = LocalDate.of(2026, 9, 10);
        assertEquals(LocalDate.of(2027, 3, 10),
                rules.renewedUntil(DocumentKind.PROVISIONAL_ID, until, until.minusDays(5)));
        assertEquals(LocalDate.of(2027, 9, 10),
                rules.renewedUntil(DocumentKind.REFUGEE_DOCUMENT, until, until.minusDays(5)));
        // valid through 28 February: the renewal starts on 1 March and runs through 31 August
        assertEquals(LocalDate.of(2026, 8, 31), rules.renewedUntil(DocumentKind.PROVISIONAL_ID,
                LocalDate.of(2026, 2, 28), LocalDate.of(2026, 2, 20)));
    }

    @Test
    void renewalDecidedAfterTheFormerLastDayCountsFromTheDecision() {
        LocalDate until = LocalDate.of(2026, 9, 10);
        assertEquals(LocalDate.of(2027, 3, 31),
                rules.renewedUntil(DocumentKind.PROVISIONAL_ID, until, LocalDate.of(2026, 10, 1)));
        // decided the day after the former last day: the same as a renewal decided in time
        assertEquals(LocalDate.of(2027, 3, 10),
                rules.renewedUntil(DocumentKind.PROVISIONAL_ID, until, until.plusDays(1)));
    }

    @Test
    void extensionByResolutionGoesUntilADateOrByMonthsAndNeverShortens() {
        LocalDate until = LocalDate.of(2020, 4, 15);
        assertEquals(LocalDate.of(2020, 12, 31),
                ValidityRules.extendedUntil(until, LocalDate.of(2020, 12, 31), null));
        assertEquals(LocalDate.of(2020, 10, 15), ValidityRules.extendedUntil(until, null, 6));
        // by months: a period starting the day after the former last day (28 February 2026 + 6 months: 31 August)
        assertEquals(LocalDate.of(2026, 8, 31), ValidityRules.extendedUntil(LocalDate.of(2026, 2, 28), null, 6));
        assertEquals(until, ValidityRules.extendedUntil(until, LocalDate.of(2020, 1, 1), null));
        assertThrows(IllegalArgumentException.class, () -> ValidityRules.extendedUntil(until, null, null));
        assertThrows(IllegalArgumentException.class,
                () -> ValidityRules.extendedUntil(until, LocalDate.of(2020, 12, 31), 6));
    }

    @Test
    void admittedAsylumSeekersAndRecognisedRefugeesMayWork() {
        assertTrue(ValidityRules.grantsWorkPermitEligibility(DocumentKind.PROVISIONAL_ID));
        assertTrue(ValidityRules.grantsWorkPermitEligibility(DocumentKind.REFUGEE_DOCUMENT));
    }
}
