package pa.gob.refugio.appeals.challenge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import pa.gob.refugio.appeals.rules.WindowKind;

/** The receipt of a reconsideration or appeal filed on paper: it dates the filing; keyed in later, maybe after a lapse. */
@Entity
@Table(name = "paper_receipt")
public class PaperReceipt {

    @Id
    private UUID id;
    @Column(name = "case_id")
    private UUID caseId;
    @Column(name = "decision_id")
    private UUID decisionId;
    @Enumerated(EnumType.STRING)
    @Column(name = "window_kind")
    private WindowKind windowKind;
    @Column(name = "filing_id")
    private UUID filingId;
    private String reference;
    @Column(name = "received_on")
    private LocalDate receivedOn;
    @Column(name = "keyed_on")
    private LocalDate keyedOn;
    @Column(name = "keyed_by")
    private String keyedBy;
    @Column(name = "undid_lapse")
    private boolean undidLapse;

    protected PaperReceipt() {
    }

    PaperReceipt(UUID caseId, UUID decisionId, WindowKind kind, UUID filingId, String reference, LocalDate receivedOn,
                 LocalDate keyedOn, String keyedBy, boolean undidLapse) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.decisionId = decisionId;
        this.windowKind = kind;
        this.filingId = filingId;
        this.reference = reference;
        this.receivedOn = receivedOn;
        this.keyedOn = keyedOn;
        this.keyedBy = keyedBy;
        this.undidLapse = undidLapse;
    }

    /** As officers read it. */
    public record View(UUID receiptId, UUID decisionId, String window, UUID filingId, String reference,
                       LocalDate receivedOn, LocalDate keyedOn, String keyedBy, boolean undidLapse) {
    }

    View view() {
        return new View(id, decisionId, windowKind.name(), filingId, reference, receivedOn, keyedOn, keyedBy,
                undidLapse);
    }
}
