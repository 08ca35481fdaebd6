package pa.gob.refugio.interview.interviews;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;
import pa.gob.refugio.interview.interviews.InterviewStatus.Action;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.kit.problem.Texts;
import pa.gob.refugio.kit.crypto.EncryptedText;

/** One interview of one member; changed only through its {@link InterviewCase}. */
@Entity
@Table(name = "interview")
public class Interview {

    @Id
    private UUID id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id")
    private InterviewCase interviewCase;
    /** Order within the case: 0, 1, ... as the interviews were scheduled. */
    private int position;
    @Column(name = "member_id")
    private UUID memberId;
    @Enumerated(EnumType.STRING)
    private InterviewKind kind;
    @Enumerated(EnumType.STRING)
    private InterviewStatus status;
    private String site;
    @Column(name = "scheduled_at")
    private LocalDateTime scheduledAt;
    @Convert(converter = EncryptedText.class) // free text about the person: encrypted at rest
    @Column(name = "called_reason")
    private String calledReason;
    @Column(name = "called_by")
    private String calledBy;
    @Column(name = "reschedule_count")
    private int rescheduleCount;
    @Convert(converter = EncryptedText.class) // free text about the person: encrypted at rest
    @Column(name = "last_reschedule_reason")
    private String lastRescheduleReason;
    @Column(name = "no_show_count")
    private int noShowCount;
    @Convert(converter = EncryptedText.class) // free text about the person: encrypted at rest
    @Column(name = "cancel_reason")
    private String cancelReason;
    /** A child's interview (a case of children only): held with the guardian or legal representative. */
    @Column(name = "child_appropriate")
    private boolean childAppropriate;
    @Embedded
    private InterviewRecord record;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Interview() {
    }

    Interview(InterviewCase interviewCase, int position, UUID memberId, InterviewKind kind, String site,
              LocalDateTime scheduledAt, String calledReason, String calledBy, boolean childAppropriate, Instant now) {
        this.childAppropriate = childAppropriate;
        this.id = UUID.randomUUID();
        this.interviewCase = interviewCase;
        this.position = position;
        this.memberId = memberId;
        this.kind = kind;
        this.status = InterviewStatus.SCHEDULED;
        this.site = site;
        this.scheduledAt = scheduledAt;
        this.calledReason = calledReason;
        this.calledBy = calledBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * Records the held interview. A child-appropriate interview needs the guardian or legal representative who was
     * present (422 {@code guardian-required}).
     */
    void complete(InterviewRecord record, Instant now) {
        check(Action.COMPLETE);
        if (childAppropriate && (record.guardianOrLegalRepresentative() == null
                || record.guardianOrLegalRepresentative().isBlank())) {
            throw ProblemException.ruleViolated("guardian-required",
                    Texts.of("Se requiere tutor o representante legal", "Guardian or legal representative required"),
                    Texts.of("La entrevista " + id + " es la de un niño o niña: registre el tutor o representante legal"
                                    + " que estuvo presente (guardianOrLegalRepresentative)",
                            "Interview " + id + " is a child's interview: record the guardian or legal representative"
                                    + " who was present (guardianOrLegalRepresentative)")).with("interviewId", id.toString());
        }
        moveTo(Action.COMPLETE, now);
        this.record = record;
    }

    void recordNoShow(Instant now) {
        moveTo(Action.RECORD_NO_SHOW, now);
        noShowCount++;
    }

    void rescheduleTo(LocalDateTime newSlot, String reason, Instant now) {
        moveTo(Action.RESCHEDULE, now);
        this.scheduledAt = newSlot;
        this.rescheduleCount++;
        this.lastRescheduleReason = reason;
    }

    void cancel(String reason, Instant now) {
        moveTo(Action.CANCEL, now);
        this.cancelReason = reason;
    }

    /** 409 unless the action is allowed in the current status. */
    void check(Action action) {
        if (!status.allows(action)) {
            throw ProblemException.illegalTransition("Interview " + id, status, action.pastParticiple())
                    .with("interviewId", id.toString());
        }
    }

    private void moveTo(Action action, Instant now) {
        check(action);
        this.status = status.after(action).orElseThrow();
        this.updatedAt = now;
    }

    Readiness.InterviewFact fact() {
        return new Readiness.InterviewFact(memberId, kind, status);
    }

    public UUID id() {
        return id;
    }

    public UUID caseId() {
        return interviewCase.id();
    }

    public UUID memberId() {
        return memberId;
    }

    public InterviewKind kind() {
        return kind;
    }

    public InterviewStatus status() {
        return status;
    }

    public String site() {
        return site;
    }

    public LocalDateTime scheduledAt() {
        return scheduledAt;
    }

    public String calledReason() {
        return calledReason;
    }

    public int rescheduleCount() {
        return rescheduleCount;
    }

    public int noShowCount() {
        return noShowCount;
    }

    public boolean childAppropriate() {
        return childAppropriate;
    }

    public String cancelReason() {
        return cancelReason;
    }

    /** The completion record, or null while not completed. */
    public InterviewRecord record() {
        return status == InterviewStatus.COMPLETED ? record : null;
    }
}
