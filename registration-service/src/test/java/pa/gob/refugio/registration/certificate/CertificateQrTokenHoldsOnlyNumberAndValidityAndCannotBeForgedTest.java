package pa.gob.refugio.registration.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.registration.certificate.CertificateToken.Claims;
import pa.gob.refugio.registration.certificate.CertificateValidity.Status;

class CertificateQrTokenHoldsOnlyNumberAndValidityAndCannotBeForgedTest {

    private final CertificateToken tokens = new CertificateToken("a-certificate-key-for-tests");
    private final Claims claims = new Claims("SA-2026-0000042", LocalDate.of(2026, 11, 23), LocalDate.of(2027, 5, 21));

    @Test
    void aSignedTokenVerifiesAndCarriesNumberAndValidityOnly() {
        String token = tokens.sign(claims);
        assertEquals(Optional.of(claims), tokens.verify(token));
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        assertEquals("SA-2026-0000042|2026-11-23|2027-05-21", payload);
    }

    @Test
    void anAlteredValidityOrAnotherKeysSignatureIsRejected() {
        String token = tokens.sign(claims);
        String[] parts = token.split("\\.");
        String longer = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("SA-2026-0000042|2026-11-23|2030-01-01".getBytes(StandardCharsets.UTF_8));
        assertTrue(tokens.verify(parts[0] + "." + longer + "." + parts[2]).isEmpty());
        assertTrue(new CertificateToken("another-key-entirely-123").verify(token).isEmpty());
        assertTrue(tokens.verify("v1.bad").isEmpty());
        assertTrue(tokens.verify("v1.%%%.###").isEmpty());
        assertTrue(tokens.verify(null).isEmpty());
    }

    @Test
    void validThroughItsLastDayRevokedWinsOverExpired() {
        LocalDate from = claims.validFrom();
        LocalDate until = claims.validUntil();
        assertEquals(Status.VALID, CertificateValidity.on(until, from, until, false));
        assertEquals(Status.EXPIRED, CertificateValidity.on(until.plusDays(1), from, until, false));
        assertEquals(Status.REVOKED, CertificateValidity.on(until.plusDays(1), from, until, true));
        assertEquals(Status.REVOKED, CertificateValidity.on(from, from, until, true));
    }
}
