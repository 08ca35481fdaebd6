package pa.gob.refugio.registration.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;

/** The asylum-seeker certificate of one member: the document the person must always carry. */
@Entity
@Table(name = "certificate")
public class Certificate {

    @Id
    private UUID id;
    private String number;
    @Column(name = "application_id")
    private UUID applicationId;
    @Column(name = "member_id")
    private UUID memberId;
    @Column(name = "valid_from")
    private LocalDate validFrom;
    @Column(name = "valid_until")
    private LocalDate validUntil;
    private String status;
    @Column(name = "revoked_on")
    private LocalDate revokedOn;
    @Column(name = "revocation_reason")
    private String revocationReason;
    @Version
    private long version;

    protected Certificate() {
    }

    static Certificate issue(String number, UUID applicationId, UUID memberId, LocalDate validFrom,
                             LocalDate validUntil) {
        Certificate c = new Certificate();
        c.id = UUID.randomUUID();
        c.number = number;
        c.applicationId = applicationId;
        c.memberId = memberId;
        c.validFrom = validFrom;
        c.validUntil = validUntil;
        c.status = "ISSUED";
        return c;
    }

    /** Revokes the certificate; false if it already was. */
    boolean revoke(LocalDate on, String reason) {
        if (revoked()) {
            return false;
        }
        this.status = "REVOKED";
        this.revokedOn = on;
        this.revocationReason = reason;
        return true;
    }

    /** Revoked because the case closed, and the case reopened (a final rejection reversed): valid again. */
    boolean reinstateAfterReopening() {
        if (!revoked() || !"CASE_CLOSED".equals(revocationReason)) {
            return false;
        }
        this.status = "ISSUED";
        this.revokedOn = null;
        this.revocationReason = null;
        return true;
    }

    /** Extends the certificate through {@code newValidUntil} (a renewal; the number stays). */
    void renewUntil(LocalDate newValidUntil) {
        if (revoked() || newValidUntil.isBefore(validUntil)) {
            throw new IllegalStateException("certificate " + number + " cannot be renewed to " + newValidUntil);
        }
        this.validUntil = newValidUntil;
    }

    public boolean revoked() {
        return "REVOKED".equals(status);
    }

    public CertificateValidity.Status statusOn(LocalDate today) {
        return CertificateValidity.on(today, validFrom, validUntil, revoked());
    }

    public UUID id() {
        return id;
    }

    public String number() {
        return number;
    }

    public UUID applicationId() {
        return applicationId;
    }

    public UUID memberId() {
        return memberId;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validUntil() {
        return validUntil;
    }

    public LocalDate revokedOn() {
        return revokedOn;
    }
}
