package pa.gob.refugio.appeals.timeline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One event this service consumed or published for a case, with the legal date it refers to. */
@Entity
@Table(name = "case_timeline")
public class TimelineEntry {

    public enum Direction { CONSUMED, PUBLISHED }

    @Id
    private UUID id;
    @Column(name = "case_id")
    private UUID caseId;
    @Column(name = "event_id")
    private UUID eventId;
    @Column(name = "event_type")
    private String eventType;
    @Column(name = "occurred_on")
    private LocalDate occurredOn;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    @Column(name = "decision_id")
    private UUID decisionId;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Direction direction;
    private String detail;

    protected TimelineEntry() {
    }

    TimelineEntry(UUID caseId, UUID eventId, String eventType, LocalDate occurredOn, Instant occurredAt,
                  UUID decisionId, Direction direction, String detail) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.eventId = eventId;
        this.eventType = eventType;
        this.occurredOn = occurredOn;
        this.occurredAt = occurredAt;
        this.decisionId = decisionId;
        this.direction = direction;
        this.detail = detail;
    }

    public UUID caseId() {
        return caseId;
    }

    public String eventType() {
        return eventType;
    }

    public LocalDate occurredOn() {
        return occurredOn;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public UUID decisionId() {
        return decisionId;
    }

    public Direction direction() {
        return direction;
    }

    public String detail() {
        return detail;
    }
}
