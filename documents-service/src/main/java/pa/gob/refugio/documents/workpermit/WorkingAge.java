package pa.gob.refugio.documents.workpermit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Whether a member was registered as an adult (registration's ApplicationRegistered fact; no date of birth here). */
@Entity
@Table(name = "member_working_age")
public class WorkingAge {

    @Id
    @Column(name = "member_id")
    private UUID memberId;
    @Column(name = "case_id")
    private UUID caseId;
    private boolean adult;
    @Column(name = "source_event_id")
    private UUID sourceEventId;
    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected WorkingAge() {
    }

    WorkingAge(UUID memberId, UUID caseId, boolean adult, UUID sourceEventId, Instant recordedAt) {
        this.memberId = memberId;
        this.caseId = caseId;
        this.adult = adult;
        this.sourceEventId = sourceEventId;
        this.recordedAt = recordedAt;
    }

    public boolean adult() {
        return adult;
    }
}
