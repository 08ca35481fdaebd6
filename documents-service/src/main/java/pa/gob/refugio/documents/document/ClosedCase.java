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

/** A case that ended (final rejection, withdrawal, abandonment): no provisional ID is issued or renewed for it. */
@Entity
@Table(name = "closed_case")
public class ClosedCase {

    @Id
    @Column(name = "case_id")
    private UUID caseId;
    @Enumerated(EnumType.STRING)
    private DocumentRevoked.Reason reason;
    @Column(name = "closed_on")
    private LocalDate closedOn;
    @Column(name = "source_event_id")
    private UUID sourceEventId;
    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected ClosedCase() {
    }

    ClosedCase(UUID caseId, DocumentRevoked.Reason reason, LocalDate closedOn, UUID sourceEventId, Instant now) {
        this.caseId = caseId;
        this.reason = reason;
        this.closedOn = closedOn;
        this.sourceEventId = sourceEventId;
        this.recordedAt = now;
    }

    public DocumentRevoked.Reason reason() {
        return reason;
    }

    public LocalDate closedOn() {
        return closedOn;
    }
}
