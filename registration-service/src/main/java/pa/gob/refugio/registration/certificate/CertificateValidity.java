package pa.gob.refugio.registration.certificate;

import java.time.LocalDate;

/** What a verifier learns about a certificate: only whether it is valid, expired or revoked, and its validity. */
public final class CertificateValidity {

    public enum Status { VALID, EXPIRED, REVOKED }

    private CertificateValidity() {
    }

    /** Revoked wins over expired; a certificate is valid through its last day. */
    public static Status on(LocalDate today, LocalDate validFrom, LocalDate validUntil, boolean revoked) {
        if (revoked) {
            return Status.REVOKED;
        }
        return today.isAfter(validUntil) || today.isBefore(validFrom) ? Status.EXPIRED : Status.VALID;
    }
}
