package pa.gob.refugio.documents.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import pa.gob.refugio.events.documents.DocumentRevoked;
import pa.gob.refugio.kit.problem.ProblemException;

/** A provisional ID or refugee document held by one member of a case. */
@Entity
@Table(name = "document")
public class Document {

    @Id
    private UUID id;
    @Column(name = "document_number")
    private String documentNumber;
    @Column(name = "case_id")
    private UUID caseId;
    @Column(name = "member_id")
    private UUID memberId;
    @Enumerated(EnumType.STRING)
    private DocumentKind kind;
    @Enumerated(EnumType.STRING)
    private DocumentStatus status;
    @Column(name = "valid_from")
    private LocalDate validFrom;
    @Column(name = "valid_until")
    private LocalDate validUntil;
    @Column(name = "work_permit_eligible")
    private boolean workPermitEligible;
    @Column(name = "issued_at")
    private Instant issuedAt;
    @Column(name = "source_event_id")
    private UUID sourceEventId;
    @Column(name = "revoked_on")
    private LocalDate revokedOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "revocation_reason")
    private DocumentRevoked.Reason revocationReason;
    @Column(name = "superseded_by")
    private UUID supersededBy;
    @Version
    private long version;

    protected Document() {
    }

    static Document issue(String documentNumber, UUID caseId, UUID memberId, DocumentKind kind, LocalDate validFrom,
                          ValidityRules rules, UUID sourceEventId, Instant now) {
        Document d = new Document();
        d.id = UUID.randomUUID();
        d.documentNumber = documentNumber;
        d.caseId = caseId;
        d.memberId = memberId;
        d.kind = kind;
        d.status = DocumentStatus.VALID;
        d.validFrom = validFrom;
        d.validUntil = rules.validUntil(kind, validFrom);
        d.workPermitEligible = ValidityRules.grantsWorkPermitEligibility(kind);
        d.issuedAt = now;
        d.sourceEventId = sourceEventId;
        return d;
    }

    /** The member's refugee document replaces this provisional ID. */
    void supersedeBy(Document refugeeDocument) {
        requireActive("superseded");
        status = DocumentStatus.SUPERSEDED;
        supersededBy = refugeeDocument.id;
    }

    /** The case ended: this provisional ID no longer proves anything. */
    void revoke(DocumentRevoked.Reason reason, LocalDate on) {
        requireActive("revoked");
        status = DocumentStatus.REVOKED;
        revocationReason = reason;
        revokedOn = on;
    }

    /**
     * The final rejection that revoked this provisional ID was reversed (a lapse undone): it is VALID again until its
     * own last day. Only a provisional ID revoked for REJECTION_FINAL comes back; the caller keeps the revocation as
     * the document's history.
     */
    void reinstateAfterReversal() {
        if (kind != DocumentKind.PROVISIONAL_ID || status != DocumentStatus.REVOKED
                || revocationReason != DocumentRevoked.Reason.REJECTION_FINAL) {
            throw ProblemException.illegalTransition("Document " + documentNumber, status,
                    "reinstated (only a provisional ID revoked by a final rejection is)");
        }
        status = DocumentStatus.VALID;
        revocationReason = null;
        revokedOn = null;
    }

    /**
     * The Third Chamber annulled the final decision that revoked this document (CaseReopened), or the lapse that made
     * an end of status final was undone: a provisional ID revoked by a final rejection, or a refugee document revoked
     * because the status ended, is VALID again until its own last day. The caller keeps the revocation as history.
     */
    void reinstateAfterAnnulment() {
        boolean provisional = kind == DocumentKind.PROVISIONAL_ID
                && revocationReason == DocumentRevoked.Reason.REJECTION_FINAL;
        boolean refugee = kind == DocumentKind.REFUGEE_DOCUMENT
                && revocationReason == DocumentRevoked.Reason.STATUS_ENDED;
        if (status != DocumentStatus.REVOKED || !(provisional || refugee)) {
            throw ProblemException.illegalTransition("Document " + documentNumber, status,
                    "reinstated (only a provisional ID revoked by a final rejection or a refugee document revoked "
                            + "by a final end of status is)");
        }
        status = DocumentStatus.VALID;
        revocationReason = null;
        revokedOn = null;
    }

    /** A renewal was requested on {@code today}: the document stays valid until it is decided. */
    public void renewalRequested(ValidityRules rules, LocalDate today, boolean caseOpen) {
        rules.checkRenewable(kind, status, validUntil, today, caseOpen);
        status = DocumentStatus.RENEWAL_PENDING;
    }

    /** The pending renewal was approved on {@code decidedOn}; returns the new last day. */
    public LocalDate renew(ValidityRules rules, LocalDate decidedOn) {
        requirePendingRenewal();
        validUntil = rules.renewedUntil(kind, validUntil, decidedOn);
        status = DocumentStatus.VALID;
        return validUntil;
    }

    /** The pending renewal was refused: the former validity stands (and may already have run out). */
    public void renewalRefused() {
        requirePendingRenewal();
        status = DocumentStatus.VALID;
    }

    /** A resolution extends the validity to {@code newValidUntil}. */
    public void extendTo(LocalDate newValidUntil) {
        requireActive("extended");
        if (newValidUntil.isAfter(validUntil)) {
            validUntil = newValidUntil;
        }
    }

    private void requireActive(String action) {
        if (!status.active()) {
            throw ProblemException.illegalTransition("Document " + documentNumber, status, action);
        }
    }

    private void requirePendingRenewal() {
        if (status != DocumentStatus.RENEWAL_PENDING) {
            throw ProblemException.illegalTransition("Document " + documentNumber, status,
                    "decided on a renewal (none is pending)");
        }
    }

    public DocumentStatus statusOn(LocalDate today) {
        return ValidityRules.effectiveStatus(status, validUntil, today);
    }

    public boolean inForceOn(LocalDate today) {
        return ValidityRules.inForce(status, validUntil, today);
    }

    public UUID id() {
        return id;
    }

    public String documentNumber() {
        return documentNumber;
    }

    public UUID caseId() {
        return caseId;
    }

    public UUID memberId() {
        return memberId;
    }

    public DocumentKind kind() {
        return kind;
    }

    public DocumentStatus storedStatus() {
        return status;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validUntil() {
        return validUntil;
    }

    /**
     * The kind's blanket flag stored at issue (before issue 13); what callers see is computed per person by age and
     * status (workpermit's {@code WorkPermitEligibility}).
     */
    public boolean workPermitEligible() {
        return workPermitEligible;
    }

    public LocalDate revokedOn() {
        return revokedOn;
    }

    public DocumentRevoked.Reason revocationReason() {
        return revocationReason;
    }

    public UUID supersededBy() {
        return supersededBy;
    }
}
