package pa.gob.refugio.documents.renewal;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.kit.crypto.EncryptedText;

/** A request to renew one document, and its decision. */
@Entity
@Table(name = "renewal")
public class Renewal {

    public enum Status { PENDING, APPROVED, REFUSED, CANCELLED }

    @Id
    private UUID id;
    @Column(name = "document_id")
    private UUID documentId;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "requested_on")
    private LocalDate requestedOn;
    @Column(name = "requested_by")
    private String requestedBy;
    @Column(name = "valid_until_at_request")
    private LocalDate validUntilAtRequest;
    @Column(name = "decided_on")
    private LocalDate decidedOn;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "new_valid_until")
    private LocalDate newValidUntil;
    @Convert(converter = EncryptedText.class) // free text about the person: encrypted at rest
    private String note;
    @Version
    private long version;

    protected Renewal() {
    }

    static Renewal request(UUID documentId, LocalDate requestedOn, String officer, LocalDate validUntil) {
        Renewal r = new Renewal();
        r.id = UUID.randomUUID();
        r.documentId = documentId;
        r.status = Status.PENDING;
        r.requestedOn = requestedOn;
        r.requestedBy = officer;
        r.validUntilAtRequest = validUntil;
        return r;
    }

    void approve(LocalDate on, String officer, LocalDate newValidUntil, String note) {
        decide(Status.APPROVED, on, officer, note);
        this.newValidUntil = newValidUntil;
    }

    void refuse(LocalDate on, String officer, String note) {
        decide(Status.REFUSED, on, officer, note);
    }

    private void decide(Status outcome, LocalDate on, String officer, String note) {
        if (status != Status.PENDING) {
            throw ProblemException.illegalTransition("Renewal " + id, status, "decided");
        }
        status = outcome;
        decidedOn = on;
        decidedBy = officer;
        this.note = note;
    }

    public UUID id() {
        return id;
    }

    public UUID documentId() {
        return documentId;
    }

    public Status status() {
        return status;
    }

    public LocalDate requestedOn() {
        return requestedOn;
    }

    public LocalDate validUntilAtRequest() {
        return validUntilAtRequest;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public LocalDate newValidUntil() {
        return newValidUntil;
    }

    public String note() {
        return note;
    }
}
