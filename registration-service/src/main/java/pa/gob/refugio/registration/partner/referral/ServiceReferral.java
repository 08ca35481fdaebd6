package pa.gob.refugio.registration.partner.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import pa.gob.refugio.kit.crypto.EncryptedText;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.kit.problem.Texts;

/**
 * ONPAR's referral of one member of a case to a service, with consent, and whether the person took it up. The service
 * and the reason code (e.g. {@code SURVIVOR_OF_VIOLENCE}) say much about the person: both are encrypted at rest.
 */
@Entity
@Table(name = "service_referral")
public class ServiceReferral {

    @Id
    private UUID id;
    @Column(name = "case_id")
    private UUID caseId;
    @Column(name = "member_id")
    private UUID memberId;
    @Convert(converter = EncryptedText.class)
    private String service;
    @Convert(converter = EncryptedText.class)
    @Column(name = "reason_code")
    private String reasonCode;
    @Embedded
    private Consent consent;
    @Column(name = "referred_by")
    private String referredBy;
    @Column(name = "referred_at")
    private Instant referredAt;
    @Column(name = "taken_up")
    private Boolean takenUp;
    @Column(name = "uptake_on")
    private LocalDate uptakeOn;
    @Column(name = "uptake_recorded_by")
    private String uptakeRecordedBy;
    @Version
    private long version;

    protected ServiceReferral() {
    }

    /**
     * Refers a member; SENNIAF takes children only (422 {@code senniaf-is-for-children} for an adult on
     * {@code today}).
     */
    static ServiceReferral refer(UUID caseId, UUID memberId, boolean memberIsAdult, ReferredService service,
                                 ServiceReferralReason reason, Consent consent, String officer, Instant now) {
        if (service == ReferredService.SENNIAF && memberIsAdult) {
            throw ProblemException.ruleViolated("senniaf-is-for-children",
                    Texts.of("SENNIAF atiende a niños", "SENNIAF is for children"),
                    Texts.of("SENNIAF atiende a niños, niñas y adolescentes; el miembro " + memberId + " es adulto",
                            "SENNIAF takes children and adolescents; member " + memberId + " is an adult"));
        }
        ServiceReferral r = new ServiceReferral();
        r.id = UUID.randomUUID();
        r.caseId = caseId;
        r.memberId = memberId;
        r.service = service.name();
        r.reasonCode = reason.name();
        r.consent = consent;
        r.referredBy = officer;
        r.referredAt = now;
        return r;
    }

    /** Records once whether the person took the referral up (409 the second time; 422 before the referral). */
    void recordUptake(boolean takenUp, LocalDate on, String officer, LocalDate referredOn) {
        if (this.takenUp != null) {
            throw ProblemException.illegalTransition("Service referral", this.takenUp ? "TAKEN_UP" : "NOT_TAKEN_UP",
                    "recorded again");
        }
        if (on.isBefore(referredOn)) {
            throw ProblemException.ruleViolated("uptake-before-referral",
                    Texts.of("Atención anterior a la remisión", "Uptake before the referral"),
                    Texts.of("La fecha de atención " + on + " es anterior a la remisión del " + referredOn,
                            "The uptake date " + on + " is before the referral on " + referredOn));
        }
        this.takenUp = takenUp;
        this.uptakeOn = on;
        this.uptakeRecordedBy = officer;
    }

    public UUID id() {
        return id;
    }

    public UUID caseId() {
        return caseId;
    }

    public UUID memberId() {
        return memberId;
    }

    public ReferredService service() {
        return ReferredService.valueOf(service);
    }

    public ServiceReferralReason reasonCode() {
        return ServiceReferralReason.valueOf(reasonCode);
    }

    public Consent consent() {
        return consent;
    }

    public String referredBy() {
        return referredBy;
    }

    public Instant referredAt() {
        return referredAt;
    }

    public Boolean takenUp() {
        return takenUp;
    }

    public LocalDate uptakeOn() {
        return uptakeOn;
    }

    public String uptakeRecordedBy() {
        return uptakeRecordedBy;
    }

    public long version() {
        return version;
    }
}
