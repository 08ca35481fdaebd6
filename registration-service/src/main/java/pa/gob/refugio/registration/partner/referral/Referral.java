package pa.gob.refugio.registration.partner.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import pa.gob.refugio.kit.crypto.EncryptedText;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.kit.problem.Texts;

/**
 * A partner NGO's referral of a person it assists to ONPAR, with the person's consent. Owned by one partner
 * institution. The person's facts (names, date of birth, nationalities, contact, needs) and the decline reason are
 * encrypted at rest (kit {@link EncryptedText}). Keeps the last coarse status the partner was told; once consent is
 * withdrawn it changes no more.
 */
@Entity
@Table(name = "referral")
public class Referral {

    @Id
    private UUID id;
    private String partner;
    @Column(name = "partner_reference")
    private String partnerReference;
    @Convert(converter = EncryptedText.class)
    @Column(name = "given_names")
    private String givenNames;
    @Convert(converter = EncryptedText.class)
    @Column(name = "family_names")
    private String familyNames;
    @Convert(converter = EncryptedText.class)
    @Column(name = "date_of_birth")
    private String dateOfBirth;
    @Convert(converter = EncryptedText.class)
    private String nationalities;
    @Convert(converter = EncryptedText.class)
    @Column(name = "contact_channel")
    private String contactChannel;
    @Convert(converter = EncryptedText.class)
    @Column(name = "needs_summary")
    private String needsSummary;
    @Embedded
    private Consent consent;
    @Enumerated(EnumType.STRING)
    private ReferralState state;
    @Column(name = "case_id")
    private UUID caseId;
    @Convert(converter = EncryptedText.class)
    @Column(name = "decline_reason")
    private String declineReason;
    @Column(name = "handled_by")
    private String handledBy;
    @Column(name = "handled_at")
    private Instant handledAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "coarse_status")
    private CoarseStatus coarseStatus;
    @Column(name = "coarse_status_since")
    private Instant coarseStatusSince;
    @Column(name = "consent_withdrawn_at")
    private Instant consentWithdrawnAt;
    @Column(name = "consent_withdrawn_by")
    private String consentWithdrawnBy;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    protected Referral() {
    }

    static Referral receive(String partner, String partnerReference, String givenNames, String familyNames,
                            LocalDate dateOfBirth, List<String> nationalities, String contactChannel,
                            String needsSummary, Consent consent, String createdBy, Instant now) {
        if (!consent.covers(ConsentScope.REFER_TO_ONPAR)) {
            throw ProblemException.ruleViolated("consent-scope-missing",
                    Texts.of("El consentimiento no cubre esto", "Consent does not cover this"),
                    Texts.of("El consentimiento de la persona debe incluir el alcance REFER_TO_ONPAR",
                            "The person's consent must include the scope REFER_TO_ONPAR"));
        }
        Referral r = new Referral();
        r.id = UUID.randomUUID();
        r.partner = partner;
        r.partnerReference = blankToNull(partnerReference);
        r.givenNames = givenNames.strip();
        r.familyNames = familyNames.strip();
        r.dateOfBirth = dateOfBirth.toString();
        r.nationalities = String.join(",", nationalities.stream().map(String::strip).toList());
        r.contactChannel = blankToNull(contactChannel);
        r.needsSummary = blankToNull(needsSummary);
        r.consent = consent;
        r.state = ReferralState.RECEIVED;
        r.coarseStatus = CoarseStatus.RECEIVED;
        r.coarseStatusSince = now;
        r.createdBy = createdBy;
        r.createdAt = now;
        return r;
    }

    void accept(UUID caseId, String officer, Instant now) {
        refuseWithoutConsent("accepted");
        state = state.accept();
        this.caseId = caseId;
        handledBy = officer;
        handledAt = now;
    }

    void decline(String reason, String officer, Instant now) {
        refuseWithoutConsent("declined");
        state = state.decline();
        declineReason = reason.strip();
        handledBy = officer;
        handledAt = now;
    }

    /**
     * Withdraws the person's consent once (409 the second time); the coarse status stays as it was, and the
     * partner's queued and retrying notifications about it are cancelled ({@link ReferralConsentWithdrawn}).
     */
    void withdrawConsent(String by, Instant now) {
        if (consentWithdrawn()) {
            throw ProblemException.illegalTransition("Referral consent", "WITHDRAWN", "withdrawn")
                    .with("hint", "consent was already withdrawn on " + consentWithdrawnAt);
        }
        consentWithdrawnAt = now;
        consentWithdrawnBy = by;
    }

    /**
     * Moves the coarse status, while consent is in force. Returns whether it changed (the caller then tells the
     * partner); after a withdrawal the status stays frozen and nothing changes.
     */
    boolean moveTo(CoarseStatus derived, Instant now) {
        CoarseStatus next = CoarseStatus.next(coarseStatus, derived);
        if (consentWithdrawn() || next == coarseStatus) {
            return false;
        }
        coarseStatus = next;
        coarseStatusSince = now;
        return true;
    }

    private void refuseWithoutConsent(String action) {
        if (consentWithdrawn()) {
            throw ProblemException.illegalTransition("Referral", state + " with consent withdrawn", action)
                    .with("hint", "the person withdrew consent on " + consentWithdrawnAt);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public boolean consentWithdrawn() {
        return consentWithdrawnAt != null;
    }

    public UUID id() {
        return id;
    }

    public String partner() {
        return partner;
    }

    public String partnerReference() {
        return partnerReference;
    }

    public String givenNames() {
        return givenNames;
    }

    public String familyNames() {
        return familyNames;
    }

    public LocalDate dateOfBirth() {
        return LocalDate.parse(dateOfBirth);
    }

    public List<String> nationalities() {
        return Arrays.asList(nationalities.split(","));
    }

    public String contactChannel() {
        return contactChannel;
    }

    public String needsSummary() {
        return needsSummary;
    }

    public Consent consent() {
        return consent;
    }

    public ReferralState state() {
        return state;
    }

    public Optional<UUID> caseId() {
        return Optional.ofNullable(caseId);
    }

    public String declineReason() {
        return declineReason;
    }

    public String handledBy() {
        return handledBy;
    }

    public Instant handledAt() {
        return handledAt;
    }

    public CoarseStatus coarseStatus() {
        return coarseStatus;
    }

    public Instant coarseStatusSince() {
        return coarseStatusSince;
    }

    public Instant consentWithdrawnAt() {
        return consentWithdrawnAt;
    }

    public String consentWithdrawnBy() {
        return consentWithdrawnBy;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
