package pa.gob.refugio.registration.certificate;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The certificate uses the one validity arithmetic of every document (procedure-rules DocumentValidity). */
class ACertificateIsValidSixMonthsFromDateToDateLikeEveryDocumentTest {

    @Test
    void aCertificateIssuedOn30NovemberIsValidUntil29MayLikeAProvisionalId() {
        assertEquals(of(2027, 5, 29), Certificates.validUntil(of(2026, 11, 30), 6));
    }

    @Test
    void aCertificateIssuedOn31AugustEndsOnTheLastDayOfFebruary() {
        assertEquals(of(2027, 2, 28), Certificates.validUntil(of(2026, 8, 31), 6));
        assertEquals(of(2028, 2, 29), Certificates.validUntil(of(2027, 8, 31), 6));
    }

    @Test
    void sixMonthsAreNotOneHundredAndEightyDays() {
        // filed on 1 March 2027: 180 days minus one ended on 27 August; six months end on 31 August
        assertEquals(of(2027, 8, 31), Certificates.validUntil(of(2027, 3, 1), 6));
    }
}
