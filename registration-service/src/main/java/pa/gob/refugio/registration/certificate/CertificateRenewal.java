package pa.gob.refugio.registration.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** One renewal of a certificate: the period it added (from the day after the former last day) and who renewed it. */
@Entity
@Table(name = "certificate_renewal")
public class CertificateRenewal {

    @Id
    private UUID id;
    @Column(name = "certificate_id")
    private UUID certificateId;
    @Column(name = "former_valid_until")
    private LocalDate formerValidUntil;
    @Column(name = "valid_from")
    private LocalDate validFrom;
    @Column(name = "valid_until")
    private LocalDate validUntil;
    @Column(name = "renewed_on")
    private LocalDate renewedOn;
    @Column(name = "renewed_by")
    private String renewedBy;

    protected CertificateRenewal() {
    }

    CertificateRenewal(UUID certificateId, LocalDate formerValidUntil, LocalDate validFrom, LocalDate validUntil,
                       LocalDate renewedOn, String renewedBy) {
        this.id = UUID.randomUUID();
        this.certificateId = certificateId;
        this.formerValidUntil = formerValidUntil;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        this.renewedOn = renewedOn;
        this.renewedBy = renewedBy;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validUntil() {
        return validUntil;
    }
}
