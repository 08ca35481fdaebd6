package pa.gob.refugio.registration.statelessness;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import pa.gob.refugio.events.registration.StatelessnessReferralMade.ReferringBody;
import pa.gob.refugio.events.registration.StatelessnessReferralStatusChanged.Outcome;
import pa.gob.refugio.events.registration.StatelessnessReferralStatusChanged.Status;
import pa.gob.refugio.kit.crypto.EncryptedText;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.kit.problem.Texts;

/**
 * One member's referral to MIRE for the statelessness procedure (Executive Decree 10 of 2019):
 * <pre>
 * REFERRED --acknowledge--> ACKNOWLEDGED --decide--> DECIDED (RECOGNISED_STATELESS | NOT_RECOGNISED)
 * </pre>
 * DECIDED is final. The reason is the person's story: encrypted at rest.
 */
@Entity
@Table(name = "statelessness_referral")
public class StatelessnessReferral {

    @Id
    private UUID id;
    @Column(name = "case_id")
    private UUID caseId;
    @Column(name = "member_id")
    private UUID memberId;
    @Enumerated(EnumType.STRING)
    @Column(name = "referred_by_body")
    private ReferringBody referredByBody;
    @Column(name = "referred_by")
    private String referredBy;
    @Column(name = "referred_on")
    private LocalDate referredOn;
    @Convert(converter = EncryptedText.class) // why the person may be stateless: encrypted at rest
    private String reason;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "acknowledged_on")
    private LocalDate acknowledgedOn;
    @Column(name = "mire_reference")
    private String mireReference;
    @Enumerated(EnumType.STRING)
    private Outcome outcome;
    @Column(name = "decided_on")
    private LocalDate decidedOn;
    @Column(name = "updated_by")
    private String updatedBy;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected StatelessnessReferral() {
    }

    static StatelessnessReferral refer(UUID caseId, UUID memberId, ReferringBody body, String officer,
                                       LocalDate referredOn, String reason, Instant now) {
        StatelessnessReferral r = new StatelessnessReferral();
        r.id = UUID.randomUUID();
        r.caseId = caseId;
        r.memberId = memberId;
        r.referredByBody = body;
        r.referredBy = officer;
        r.referredOn = referredOn;
        r.reason = reason;
        r.status = Status.REFERRED;
        r.updatedBy = officer;
        r.updatedAt = now;
        return r;
    }

    /** MIRE acknowledged receipt on {@code on} under its reference. */
    void acknowledge(LocalDate on, String reference, String officer, Instant now) {
        if (status != Status.REFERRED) {
            throw illegal("acknowledged");
        }
        notBefore(on, referredOn, "referral");
        status = Status.ACKNOWLEDGED;
        acknowledgedOn = on;
        if (reference != null && !reference.isBlank()) {
            mireReference = reference.strip();
        }
        updatedBy = officer;
        updatedAt = now;
    }

    /** MIRE decided on {@code on}. */
    void decide(Outcome decided, LocalDate on, String reference, String officer, Instant now) {
        if (status != Status.ACKNOWLEDGED) {
            throw illegal("decided");
        }
        notBefore(on, acknowledgedOn, "acknowledgement");
        status = Status.DECIDED;
        outcome = decided;
        decidedOn = on;
        if (reference != null && !reference.isBlank()) {
            mireReference = reference.strip();
        }
        updatedBy = officer;
        updatedAt = now;
    }

    private ProblemException illegal(String action) {
        String accion = action.equals("acknowledged") ? "acusar recibo de" : "decidir";
        return ProblemException.conflict("illegal-transition",
                        Texts.of("Transición no permitida", "Transition not allowed"),
                        Texts.of("No se puede " + accion + " la remisión a la MIRE " + id + " en estado " + status
                                        + " (remitida → recibida → decidida).",
                                "Statelessness referral " + id + " cannot be " + action + " in status " + status
                                        + " (referred → acknowledged → decided)."))
                .with("currentState", status.name()).with("action", action);
    }

    private static void notBefore(LocalDate on, LocalDate earlier, String what) {
        if (on.isBefore(earlier)) {
            String que = what.equals("referral") ? "la remisión" : "el acuse de recibo";
            throw ProblemException.ruleViolated("statelessness-date-before-previous-step",
                            Texts.of("Fecha anterior al paso previo", "Date before the previous step"),
                            Texts.of("La fecha " + on + " es anterior a " + que + " (" + earlier + ").",
                                    "The date " + on + " is before the " + what + " (" + earlier + ")."))
                    .with("deadline", earlier).with("rule", "statelessness-steps-in-order");
        }
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

    public ReferringBody referredByBody() {
        return referredByBody;
    }

    public String referredBy() {
        return referredBy;
    }

    public LocalDate referredOn() {
        return referredOn;
    }

    public String reason() {
        return reason;
    }

    public Status status() {
        return status;
    }

    public LocalDate acknowledgedOn() {
        return acknowledgedOn;
    }

    public String mireReference() {
        return mireReference;
    }

    public Outcome outcome() {
        return outcome;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }
}
