package pa.gob.refugio.registration.partner.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.kit.problem.ProblemException;

class AReceivedReferralIsAcceptedOrDeclinedOnceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Instant NOW = Instant.parse("2026-11-23T15:00:00Z");

    static Referral received(ConsentScope... scopes) {
        Consent consent = Consent.recorded("referral", List.of(scopes), TODAY, "caseworker", ConsentScope.REFER_TO_ONPAR,
                TODAY);
        return Referral.receive("HIAS", null, "Ana", "Pérez", LocalDate.of(1990, 1, 1), List.of("VEN"), null, null,
                consent, "hias-user", NOW);
    }

    @Test
    void receivedGoesToAcceptedOrDeclinedAndNeitherEndMovesAgain() {
        assertEquals(ReferralState.ACCEPTED, ReferralState.RECEIVED.accept());
        assertEquals(ReferralState.DECLINED, ReferralState.RECEIVED.decline());
        for (ReferralState end : List.of(ReferralState.ACCEPTED, ReferralState.DECLINED)) {
            assertEquals(409, assertThrows(ProblemException.class, end::accept).status());
            assertEquals(409, assertThrows(ProblemException.class, end::decline).status());
        }
    }

    @Test
    void consentMustCoverTheReferralAndCannotBeDatedInTheFuture() {
        assertEquals(422, assertThrows(ProblemException.class, () -> Consent.recorded("x",
                List.of(ConsentScope.SHARE_STATUS_UPDATES), TODAY, "c", ConsentScope.REFER_TO_ONPAR, TODAY)).status());
        assertEquals(422, assertThrows(ProblemException.class, () -> Consent.recorded("x",
                List.of(ConsentScope.REFER_TO_ONPAR), TODAY.plusDays(1), "c", ConsentScope.REFER_TO_ONPAR,
                TODAY)).status());
    }

    @Test
    void afterConsentIsWithdrawnTheStatusStaysFrozenAndTheReferralCannotBeHandled() {
        Referral referral = received(ConsentScope.REFER_TO_ONPAR, ConsentScope.SHARE_STATUS_UPDATES);
        referral.accept(UUID.randomUUID(), "officer", NOW);
        assertTrue(referral.moveTo(CoarseStatus.REGISTERED, NOW));
        assertFalse(referral.moveTo(CoarseStatus.REGISTERED, NOW), "no change, nothing to tell");

        referral.withdrawConsent("hias-user", NOW);
        assertFalse(referral.moveTo(CoarseStatus.INTERVIEW_SCHEDULED, NOW.plusSeconds(60)));
        assertEquals(CoarseStatus.REGISTERED, referral.coarseStatus());
        assertEquals(409, assertThrows(ProblemException.class,
                () -> referral.withdrawConsent("again", NOW)).status());

        Referral other = received(ConsentScope.REFER_TO_ONPAR);
        other.withdrawConsent("onpar", NOW);
        assertEquals(409, assertThrows(ProblemException.class,
                () -> other.accept(UUID.randomUUID(), "officer", NOW)).status());
        assertEquals(409, assertThrows(ProblemException.class, () -> other.decline("r", "officer", NOW)).status());
    }

    @Test
    void pageSizesAreCappedAtOneHundred() {
        assertEquals(100, Paging.size(500));
        assertEquals(20, Paging.size(null));
        assertEquals(20, Paging.size(0));
        assertEquals(7, Paging.size(7));
    }
}
