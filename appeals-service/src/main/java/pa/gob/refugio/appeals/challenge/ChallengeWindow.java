package pa.gob.refugio.appeals.challenge;

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
import pa.gob.refugio.appeals.rules.Filing;
import pa.gob.refugio.appeals.rules.WindowKind;
import pa.gob.refugio.appeals.rules.WindowStatus;
import pa.gob.refugio.rules.deadline.Deadline;

/**
 * The days in which a negative resolution may be challenged, from its notification to its last day:
 * OPEN → USED | LAPSED. One reconsideration window and at most one appeal window per decision.
 */
@Entity
@Table(name = "challenge_window")
public class ChallengeWindow {

    @Id
    private UUID id;
    @Column(name = "case_id")
    private UUID caseId;
    @Column(name = "decision_id")
    private UUID decisionId;
    @Enumerated(EnumType.STRING)
    private WindowKind kind;
    private String resolution;
    @Column(name = "reconsideration_id")
    private UUID reconsiderationId;
    @Column(name = "notified_on")
    private LocalDate notifiedOn;
    @Column(name = "notification_channel")
    private String notificationChannel;
    @Column(name = "last_day")
    private LocalDate lastDay;
    @Enumerated(EnumType.STRING)
    private WindowStatus status;
    @Column(name = "closed_on")
    private LocalDate closedOn;
    @Column(name = "opened_at")
    private Instant openedAt;
    @Column(name = "member_ids")
    private String memberIds;
    @Column(name = "reinstated_on")
    private LocalDate reinstatedOn;
    @Version
    private long version;

    protected ChallengeWindow() {
    }

    static ChallengeWindow open(UUID caseId, UUID decisionId, WindowKind kind, String resolution,
                                UUID reconsiderationId, String channel, Deadline deadline, Instant now) {
        ChallengeWindow w = new ChallengeWindow();
        w.id = UUID.randomUUID();
        w.caseId = caseId;
        w.decisionId = decisionId;
        w.kind = kind;
        w.resolution = resolution;
        w.reconsiderationId = reconsiderationId;
        w.notifiedOn = deadline.triggeredOn();
        w.notificationChannel = channel;
        w.lastDay = deadline.lastDay();
        w.status = WindowStatus.OPEN;
        w.openedAt = now;
        return w;
    }

    /** The members who may use this window (empty: not known, a window opened from a v1 event). */
    ChallengeWindow concerning(java.util.List<UUID> members) {
        this.memberIds = members == null || members.isEmpty() ? null
                : String.join(",", members.stream().map(UUID::toString).toList());
        return this;
    }

    public java.util.List<UUID> memberIds() {
        return memberIds == null || memberIds.isBlank() ? java.util.List.of()
                : java.util.Arrays.stream(memberIds.split(",")).map(UUID::fromString).toList();
    }

    /** A challenge filed on {@code filedOn}: in time and only once, else the problem that refuses it. */
    void use(Deadline deadline, LocalDate filedOn, LocalDate today) {
        status = Filing.check(kind, status, deadline, filedOn, today);
        closedOn = filedOn;
    }

    /** A closure decreed after the window opened moved its last day; false if it did not. */
    boolean extendTo(LocalDate newLastDay) {
        if (!status.isOpen() || !newLastDay.isAfter(lastDay)) {
            return false;
        }
        lastDay = newLastDay;
        return true;
    }

    /**
     * A lapse undone for a paper filing received in time: the window is OPEN again with its own last day, and the
     * filing that follows uses it.
     */
    void reinstateForPaperFiling() {
        status = status.reinstate(kind);
        closedOn = null;
    }

    /**
     * A supervisor reinstated the window, which lapsed in error: OPEN again, its days counted afresh from
     * {@code on} (the reinstatement), until {@code newLastDay}.
     */
    void reinstate(LocalDate on, LocalDate newLastDay) {
        status = status.reinstate(kind);
        closedOn = null;
        reinstatedOn = on;
        lastDay = newLastDay;
    }

    /** The day its business days are counted from: the notification, or the supervisor's reinstatement. */
    public LocalDate countedFrom() {
        return reinstatedOn != null ? reinstatedOn : notifiedOn;
    }

    public LocalDate reinstatedOn() {
        return reinstatedOn;
    }

    public UUID id() {
        return id;
    }

    public UUID caseId() {
        return caseId;
    }

    public UUID decisionId() {
        return decisionId;
    }

    public WindowKind kind() {
        return kind;
    }

    public String resolution() {
        return resolution;
    }

    public UUID reconsiderationId() {
        return reconsiderationId;
    }

    public LocalDate notifiedOn() {
        return notifiedOn;
    }

    public String notificationChannel() {
        return notificationChannel;
    }

    public LocalDate lastDay() {
        return lastDay;
    }

    public WindowStatus status() {
        return status;
    }

    public LocalDate closedOn() {
        return closedOn;
    }
}
