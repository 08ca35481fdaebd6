package pa.gob.refugio.documents.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import pa.gob.refugio.events.documents.DocumentRevoked;
import pa.gob.refugio.kit.audit.CaseScoped;

/** A provisional ID's history: it was revoked (reason, date) and came back when the final rejection was reversed. */
@Entity
@Table(name = "document_reinstatement")
public class DocumentReinstatement {

    @Id
    private UUID id;
    @Column(name = "document_id")
    private UUID documentId;
    @Column(name = "case_id")
    private UUID caseId;
    @Column(name = "member_id")
    private UUID memberId;
    @Enumerated(EnumType.STRING)
    @Column(name = "revocation_reason")
    private DocumentRevoked.Reason revocationReason;
    @Column(name = "revoked_on")
    private LocalDate revokedOn;
    @Column(name = "reinstated_on")
    private LocalDate reinstatedOn;
    @Column(name = "cause_event_id")
    private UUID causeEventId;
    @Column(name = "reinstated_at")
    private Instant reinstatedAt;

    protected DocumentReinstatement() {
    }

    DocumentReinstatement(Document document, DocumentRevoked.Reason reason, LocalDate revokedOn,
                          LocalDate reinstatedOn, UUID causeEventId, Instant now) {
        this.id = UUID.randomUUID();
        this.documentId = document.id();
        this.caseId = document.caseId();
        this.memberId = document.memberId();
        this.revocationReason = reason;
        this.revokedOn = revokedOn;
        this.reinstatedOn = reinstatedOn;
        this.causeEventId = causeEventId;
        this.reinstatedAt = now;
    }

    /** One line of a document's history. */
    public record View(UUID documentId, String documentNumber, UUID caseId, UUID memberId, String revocationReason,
                       LocalDate revokedOn, LocalDate reinstatedOn, String status) implements CaseScoped {

        @Override
        public UUID auditCaseId() {
            return caseId;
        }
    }

    UUID documentId() {
        return documentId;
    }

    View view(Document d, LocalDate today) {
        return new View(documentId, d.documentNumber(), d.caseId(), memberId, revocationReason.name(), revokedOn,
                reinstatedOn, d.statusOn(today).name());
    }
}
