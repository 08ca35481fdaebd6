package pa.gob.refugio.documents.amendment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.kit.problem.Texts;

/**
 * A document to print again because registration corrected its holder's identity data: SNM prints a new card with
 * the corrected data (read from registration-service by SNM's officers); the document keeps its number and validity
 * and is not revoked. Stores identifiers and the names of the fields changed only, nothing personal.
 */
@Entity
@Table(name = "document_reissue")
public class Reissue {

    @Id
    private UUID id;
    @Column(name = "document_id")
    private UUID documentId;
    @Column(name = "document_number")
    private String documentNumber;
    @Column(name = "case_id")
    private UUID caseId;
    @Column(name = "member_id")
    private UUID memberId;
    @Column(name = "correction_version")
    private int correctionVersion;
    @Column(name = "fields_changed")
    private String fieldsChanged;
    @Column(name = "requested_at")
    private Instant requestedAt;
    @Column(name = "printed_at")
    private Instant printedAt;
    @Column(name = "printed_by")
    private String printedBy;

    protected Reissue() {
    }

    Reissue(UUID documentId, String documentNumber, UUID caseId, UUID memberId, int correctionVersion,
            String fieldsChanged, Instant requestedAt) {
        this.id = UUID.randomUUID();
        this.documentId = documentId;
        this.documentNumber = documentNumber;
        this.caseId = caseId;
        this.memberId = memberId;
        this.correctionVersion = correctionVersion;
        this.fieldsChanged = fieldsChanged;
        this.requestedAt = requestedAt;
    }

    /** SNM printed the new card; 409 {@code reissue-already-printed} the second time. */
    void printed(String officer, Instant now) {
        if (printedAt != null) {
            throw ProblemException.conflict("reissue-already-printed",
                    Texts.of("La nueva tarjeta ya se imprimió", "The new card was already printed"),
                    Texts.of("La reimpresión del documento " + documentNumber + " se registró el " + printedAt,
                            "The reprint of document " + documentNumber + " was recorded at " + printedAt))
                    .with("currentState", "PRINTED");
        }
        this.printedAt = now;
        this.printedBy = officer;
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

    public int correctionVersion() {
        return correctionVersion;
    }

    public String fieldsChanged() {
        return fieldsChanged;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Instant printedAt() {
        return printedAt;
    }
}
