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

/**
 * A member whose procedure ended (final rejection, withdrawal, departure): no provisional ID is issued or renewed for
 * them. The other members of the family are not affected.
 */
@Entity
@Table(name = "ended_member")
public class EndedMember {

    @Id
    @Column(name = "member_id")
    private UUID memberId;
    @Column(name = "case_id")
    private UUID caseId;
    @Enumerated(EnumType.STRING)
    private DocumentRevoked.Reason reason;
    @Column(name = "ended_on")
    private LocalDate endedOn;
    @Column(name = "source_event_id")
    private UUID sourceEventId;
    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected EndedMember() {
    }

    EndedMember(UUID memberId, UUID caseId, DocumentRevoked.Reason reason, LocalDate endedOn, UUID sourceEventId,
                Instant now) {
        this.memberId = memberId;
        this.caseId = caseId;
        this.reason = reason;
        this.endedOn = endedOn;
        this.sourceEventId = sourceEventId;
        this.recordedAt = now;
    }

    public UUID memberId() {
        return memberId;
    }

    public DocumentRevoked.Reason reason() {
        return reason;
    }

    public LocalDate endedOn() {
        return endedOn;
    }
}
