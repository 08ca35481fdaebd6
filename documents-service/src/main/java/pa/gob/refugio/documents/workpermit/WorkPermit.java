package pa.gob.refugio.documents.workpermit;

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
import pa.gob.refugio.kit.problem.ProblemException;

/**
 * MITRADEL's work permit of one member, linked to the document that allows it. Its last day never falls after the
 * document's; it ends early when that document stops being valid (revoked, superseded).
 */
@Entity
@Table(name = "work_permit")
public class WorkPermit {

    /** What is stored; EXPIRED is derived after the last day. */
    public enum Status { IN_FORCE, EXPIRED, ENDED }

    @Id
    private UUID id;
    @Column(name = "permit_number")
    private String permitNumber;
    @Column(name = "document_id")
    private UUID documentId;
    @Column(name = "document_number")
    private String documentNumber;
    @Column(name = "case_id")
    private UUID caseId;
    @Column(name = "member_id")
    private UUID memberId;
    @Column(name = "valid_from")
    private LocalDate validFrom;
    @Column(name = "valid_until")
    private LocalDate validUntil;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "ended_on")
    private LocalDate endedOn;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private Instant recordedAt;
    @Version
    private long version;

    protected WorkPermit() {
    }

    static WorkPermit record(String permitNumber, UUID documentId, String documentNumber, UUID caseId, UUID memberId,
                             LocalDate validFrom, LocalDate validUntil, String recordedBy, Instant now) {
        WorkPermit p = new WorkPermit();
        p.id = UUID.randomUUID();
        p.permitNumber = permitNumber;
        p.documentId = documentId;
        p.documentNumber = documentNumber;
        p.caseId = caseId;
        p.memberId = memberId;
        p.validFrom = validFrom;
        p.validUntil = validUntil;
        p.status = Status.IN_FORCE;
        p.recordedBy = recordedBy;
        p.recordedAt = now;
        return p;
    }

    /**
     * The document stopped being valid on {@code on}: the permit ends that day (or stays as it was when it had
     * already run out before). Returns whether it changed.
     */
    boolean endWithDocument(LocalDate on) {
        if (status != Status.IN_FORCE) {
            throw ProblemException.illegalTransition("Work permit " + permitNumber, status, "ended");
        }
        if (on.isAfter(validUntil)) {
            return false;
        }
        status = Status.ENDED;
        endedOn = on.isBefore(validFrom) ? validFrom : on;
        return true;
    }

    public Status statusOn(LocalDate today) {
        return status == Status.IN_FORCE && today.isAfter(validUntil) ? Status.EXPIRED : status;
    }

    public UUID id() {
        return id;
    }

    public String permitNumber() {
        return permitNumber;
    }

    public UUID documentId() {
        return documentId;
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

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validUntil() {
        return validUntil;
    }

    public Status storedStatus() {
        return status;
    }

    public LocalDate endedOn() {
        return endedOn;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
