package pa.gob.refugio.appeals.challenge;

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
import pa.gob.refugio.events.appeals.BackDatedChallengeEntryHeld.Entry;
import pa.gob.refugio.kit.crypto.EncryptedText;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.kit.problem.Texts;
import pa.gob.refugio.rules.foureyes.LegalDateCheck;

/**
 * A filing (or its paper receipt), a challenge decision or a notification dated too far back to take effect on one
 * officer's word (four eyes):
 * AWAITING_CONFIRMATION → CONFIRMED (by another officer: the command runs then, as the first officer recorded it) |
 * REJECTED (it never has any effect). The request is kept encrypted: it holds grounds or reasons.
 */
@Entity
@Table(name = "back_dated_challenge_entry")
public class BackDatedChallengeEntry {

    public enum Status { AWAITING_CONFIRMATION, CONFIRMED, REJECTED }

    @Id
    private UUID id;
    @Column(name = "case_id")
    private UUID caseId;
    @Enumerated(EnumType.STRING)
    private Entry kind;
    @Column(name = "decision_id")
    private UUID decisionId;
    @Column(name = "target_id")
    private UUID targetId;
    @Column(name = "legal_date")
    private LocalDate legalDate;
    @Column(name = "business_days_back")
    private int businessDaysBack;
    @Convert(converter = EncryptedText.class)
    private String payload;
    @Column(name = "requested_by")
    private String requestedBy;
    @Column(name = "requested_at")
    private Instant requestedAt;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "resolved_by")
    private String resolvedBy;
    @Column(name = "resolved_at")
    private Instant resolvedAt;
    @Convert(converter = EncryptedText.class)
    @Column(name = "rejection_reason")
    private String rejectionReason;
    @Version
    private long version;

    protected BackDatedChallengeEntry() {
    }

    static BackDatedChallengeEntry held(UUID caseId, Entry kind, UUID decisionId, UUID targetId, LocalDate legalDate,
                                        int businessDaysBack, String payload, String officer, Instant now) {
        BackDatedChallengeEntry e = new BackDatedChallengeEntry();
        e.id = UUID.randomUUID();
        e.caseId = caseId;
        e.kind = kind;
        e.decisionId = decisionId;
        e.targetId = targetId;
        e.legalDate = legalDate;
        e.businessDaysBack = businessDaysBack;
        e.payload = payload;
        e.requestedBy = officer;
        e.requestedAt = now;
        e.status = Status.AWAITING_CONFIRMATION;
        return e;
    }

    /** A second officer confirms: 409 unless awaiting, 403 {@code second-officer-needed} for the same officer. */
    void confirm(String officer, Instant now) {
        requireAwaiting("confirmed");
        if (!LegalDateCheck.isSecondOfficer(requestedBy, officer)) {
            throw ProblemException.of(403, "second-officer-needed",
                    Texts.of("Se necesita un segundo funcionario", "A second officer is needed"),
                    Texts.of("La entrada " + kind + " con fecha " + legalDate + " (" + businessDaysBack
                                    + " días hábiles atrás) la registró " + requestedBy
                                    + "; otro funcionario debe confirmarla",
                            "The " + kind + " dated " + legalDate + " (" + businessDaysBack + " business days back) was "
                                    + "recorded by " + requestedBy + "; another officer must confirm it"))
                    .with("recordedBy", requestedBy).with("entryId", id);
        }
        status = Status.CONFIRMED;
        resolvedBy = officer;
        resolvedAt = now;
    }

    /** Rejected (by a second officer, or withdrawn by the one who recorded it): it never has any effect. */
    void reject(String officer, String reason, Instant now) {
        requireAwaiting("rejected");
        status = Status.REJECTED;
        resolvedBy = officer;
        resolvedAt = now;
        rejectionReason = reason;
    }

    /** The filing the confirmed entry recorded. */
    void recorded(UUID filing) {
        this.targetId = filing;
    }

    /** The reconsideration or appeal decided or notified, or the filing once confirmed. */
    public UUID targetId() {
        return targetId;
    }

    private void requireAwaiting(String action) {
        if (status != Status.AWAITING_CONFIRMATION) {
            throw ProblemException.illegalTransition("The back-dated entry", status, action);
        }
    }

    public UUID id() {
        return id;
    }

    public UUID caseId() {
        return caseId;
    }

    public Entry kind() {
        return kind;
    }

    public UUID decisionId() {
        return decisionId;
    }

    public LocalDate legalDate() {
        return legalDate;
    }

    public int businessDaysBack() {
        return businessDaysBack;
    }

    String payload() {
        return payload;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Status status() {
        return status;
    }

    public String resolvedBy() {
        return resolvedBy;
    }

    public Instant resolvedAt() {
        return resolvedAt;
    }

    public String rejectionReason() {
        return rejectionReason;
    }
}
