package pa.gob.refugio.interview.interviews;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A case on a site's waiting list: its interviews could not be booked (no free slot within the booking horizon).
 * Business state, never a dead letter: the case is booked, in {@link WaitingOrder}, as soon as capacity allows, and
 * leaves the list when booked or when the case ends.
 */
@Entity
@Table(name = "waiting_case")
public class WaitingCase {

    public enum Reason { NO_FREE_SLOT }

    @Id
    @Column(name = "case_id")
    private UUID caseId;
    private String site;
    @Enumerated(EnumType.STRING)
    private Priority priority;
    @Column(name = "priority_rank")
    private int priorityRank;
    @Column(name = "registered_at")
    private Instant registeredAt;
    @Enumerated(EnumType.STRING)
    private Reason reason;
    private Instant since;
    @Column(name = "booked_at")
    private Instant bookedAt;
    @Column(name = "left_at")
    private Instant leftAt;
    private int attempts;

    protected WaitingCase() {
    }

    WaitingCase(UUID caseId, String site, Priority priority, Instant registeredAt, Instant now) {
        this.caseId = caseId;
        this.site = site;
        this.priority = priority;
        this.priorityRank = priority.rank();
        this.registeredAt = registeredAt;
        this.reason = Reason.NO_FREE_SLOT;
        this.since = now;
    }

    void booked(Instant now) {
        this.bookedAt = now;
    }

    void notBookable() {
        this.attempts++;
    }

    void leave(Instant now) {
        if (bookedAt == null && leftAt == null) {
            this.leftAt = now;
        }
    }

    /** A member added to a booked family needs an interview and no slot is free: the case waits again. */
    void waitAgain(Instant now) {
        if (leftAt == null) {
            this.bookedAt = null;
            this.reason = Reason.NO_FREE_SLOT;
            this.since = now;
        }
    }

    boolean waiting() {
        return bookedAt == null && leftAt == null;
    }

    WaitingOrder.Entry entry() {
        return new WaitingOrder.Entry(caseId, priority, registeredAt);
    }

    public UUID caseId() {
        return caseId;
    }

    public String site() {
        return site;
    }

    public Priority priority() {
        return priority;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Reason reason() {
        return reason;
    }

    public Instant since() {
        return since;
    }

    public Instant bookedAt() {
        return bookedAt;
    }
}
