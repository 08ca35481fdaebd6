package pa.gob.refugio.decision.cases;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import pa.gob.refugio.events.decision.RejectionBecameFinal;
import pa.gob.refugio.events.decision.ResolutionNotified.ResolutionKind;
import pa.gob.refugio.events.decision.StatusEnded;
import pa.gob.refugio.kit.crypto.EncryptedText;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.kit.problem.Texts;

/**
 * One resolution on a case: admissibility or eligibility, with its reasons (which never leave this service), the
 * members it concerns, its notification, and, when negative, whether it was overturned or became final.
 * Part of the {@link DecisionCase} aggregate: changed only through it.
 */
@Entity
@Table(name = "decision")
public class Decision {

    @Id
    private UUID id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id")
    private DecisionCase decisionCase;
    private int position;
    @Enumerated(EnumType.STRING)
    private DecisionKind kind;
    @Enumerated(EnumType.STRING)
    private ResolutionKind outcome;
    private String ground;
    @Column(name = "legal_basis")
    private String legalBasis;
    @Convert(converter = EncryptedText.class) // free text about the person: encrypted at rest
    private String reasons;
    @ElementCollection
    @CollectionTable(name = "decision_member", joinColumns = @JoinColumn(name = "decision_id"))
    @Column(name = "member_id")
    @OrderColumn(name = "position")
    private List<UUID> memberIds = new ArrayList<>();
    @Column(name = "decided_on")
    private LocalDate decidedOn;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Enumerated(EnumType.STRING)
    private DecisionOrigin origin;
    @Column(name = "origin_ref")
    private UUID originRef;
    @Column(name = "challenged_decision_id")
    private UUID challengedDecisionId;
    @Column(name = "notified_on")
    private LocalDate notifiedOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "notification_channel")
    private NotificationChannel notificationChannel;
    private Boolean acknowledged;
    @Column(name = "notified_by")
    private String notifiedBy;
    @Column(name = "notified_at")
    private Instant notifiedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "challenge_state")
    private ChallengeState challengeState;
    @Column(name = "final_on")
    private LocalDate finalOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "final_cause")
    private RejectionBecameFinal.Cause finalCause;
    @Column(name = "overturned_by")
    private UUID overturnedBy;
    @Enumerated(EnumType.STRING)
    @Column(name = "end_kind")
    private StatusEnded.Kind endKind;
    @Column(name = "annulled_on")
    private LocalDate annulledOn;
    @Column(name = "annulled_by")
    private UUID annulledBy;

    protected Decision() {
    }

    Decision(DecisionCase decisionCase, int position, DecisionKind kind, ResolutionKind outcome, String ground,
             String legalBasis, String reasons, List<UUID> memberIds, LocalDate decidedOn, String decidedBy,
             Instant decidedAt, DecisionOrigin origin, UUID originRef, UUID challengedDecisionId) {
        this.id = UUID.randomUUID();
        this.decisionCase = decisionCase;
        this.position = position;
        this.kind = kind;
        this.outcome = outcome;
        this.ground = ground;
        this.legalBasis = legalBasis;
        this.reasons = reasons;
        this.memberIds = new ArrayList<>(memberIds);
        this.decidedOn = decidedOn;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.origin = origin;
        this.originRef = originRef;
        this.challengedDecisionId = challengedDecisionId;
        this.challengeState = outcome.negative() ? ChallengeState.OPEN : null;
    }

    /**
     * Records the notification of this resolution: once, not before the decision and not in the future. The
     * reconsideration and appeal windows run from {@code notifiedOn}.
     */
    void notified(LocalDate on, NotificationChannel channel, boolean acknowledgedByApplicant, String officer,
                  LocalDate today, Instant now) {
        if (notifiedOn != null) {
            throw ProblemException.conflict("already-notified", Texts.of("Ya notificada", "Already notified"),
                            Texts.of("La resolución " + id + " ya se notificó el " + notifiedOn,
                                    "Decision " + id + " was already notified on " + notifiedOn))
                    .with("notifiedOn", notifiedOn.toString());
        }
        if (on.isBefore(decidedOn)) {
            throw ProblemException.ruleViolated("notified-before-decision",
                    Texts.of("Notificada antes de la resolución", "Notified before the decision"),
                    Texts.of("notifiedOn " + on + " es anterior a la fecha de la resolución " + decidedOn,
                            "notifiedOn " + on + " is before the decision date " + decidedOn))
                    .with("decidedOn", decidedOn.toString());
        }
        if (on.isAfter(today)) {
            throw ProblemException.ruleViolated("notified-in-the-future",
                    Texts.of("Fecha de notificación futura", "Notification date in the future"),
                    Texts.of("notifiedOn " + on + " es posterior a hoy (" + today + ", Panamá)",
                            "notifiedOn " + on + " is after today (" + today + ", Panama)"));
        }
        this.notifiedOn = on;
        this.notificationChannel = channel;
        this.acknowledged = acknowledgedByApplicant;
        this.notifiedBy = officer;
        this.notifiedAt = now;
    }

    /** Makes this negative decision final, once; false if it already was, or was overturned meanwhile. */
    boolean becomeFinal(RejectionBecameFinal.Cause cause, LocalDate on) {
        requireNegative();
        if (!challengeState.canBecomeFinal()) {
            return false;
        }
        this.challengeState = ChallengeState.FINAL;
        this.finalCause = cause;
        this.finalOn = on;
        return true;
    }

    /**
     * A window whose lapse made this decision final was reinstated (paper filing received in time, or a supervisor's
     * reinstatement): it can be challenged again. False unless it is final because a window lapsed (a denied appeal
     * is never reversed here), so a redelivery changes nothing.
     */
    boolean finalityReversed() {
        requireNegative();
        if (challengeState != ChallengeState.FINAL || finalCause == null
                || finalCause == RejectionBecameFinal.Cause.APPEAL_DENIED) {
            return false;
        }
        this.challengeState = ChallengeState.OPEN;
        this.finalCause = null;
        this.finalOn = null;
        return true;
    }

    /** An end of status: how it ends the members' status (set once, when CONARE decides it). */
    void endsStatusAs(StatusEnded.Kind kind) {
        if (this.kind != DecisionKind.STATUS_END) {
            throw new IllegalStateException("Decision " + id + " is not an end of status");
        }
        this.endKind = kind;
    }

    /**
     * The Third Chamber annulled this final negative decision (judicial review {@code judicialReviewId}); false when
     * that changes nothing (already annulled, or not final).
     */
    boolean annul(UUID judicialReviewId, LocalDate on) {
        requireNegative();
        if (!challengeState.canBeAnnulled()) {
            return false;
        }
        this.challengeState = ChallengeState.ANNULLED;
        this.annulledBy = judicialReviewId;
        this.annulledOn = on;
        return true;
    }

    /** Marks this negative decision overturned by {@code decision}, once; false if it already was. */
    boolean overturnedBy(UUID decision) {
        requireNegative();
        if (!challengeState.canBeOverturned()) {
            return false;
        }
        this.challengeState = ChallengeState.OVERTURNED;
        this.overturnedBy = decision;
        return true;
    }

    /** Throws IllegalStateException unless this decision is negative (the only kind that can be challenged). */
    void requireNegative() {
        if (!outcome.negative()) {
            throw new IllegalStateException("Decision " + id + " is " + outcome + ": only a negative decision can be "
                    + "challenged");
        }
    }

    public UUID id() {
        return id;
    }

    public UUID caseId() {
        return decisionCase.id();
    }

    DecisionCase decisionCase() {
        return decisionCase;
    }

    public DecisionKind kind() {
        return kind;
    }

    public ResolutionKind outcome() {
        return outcome;
    }

    public String ground() {
        return ground;
    }

    public String legalBasis() {
        return legalBasis;
    }

    public String reasons() {
        return reasons;
    }

    public List<UUID> memberIds() {
        return List.copyOf(memberIds);
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public DecisionOrigin origin() {
        return origin;
    }

    public UUID originRef() {
        return originRef;
    }

    public UUID challengedDecisionId() {
        return challengedDecisionId;
    }

    public LocalDate notifiedOn() {
        return notifiedOn;
    }

    public NotificationChannel notificationChannel() {
        return notificationChannel;
    }

    public Boolean acknowledged() {
        return acknowledged;
    }

    public String notifiedBy() {
        return notifiedBy;
    }

    public ChallengeState challengeState() {
        return challengeState;
    }

    public LocalDate finalOn() {
        return finalOn;
    }

    public RejectionBecameFinal.Cause finalCause() {
        return finalCause;
    }

    public UUID overturnedBy() {
        return overturnedBy;
    }

    public StatusEnded.Kind endKind() {
        return endKind;
    }

    public LocalDate annulledOn() {
        return annulledOn;
    }

    public UUID annulledBy() {
        return annulledBy;
    }
}
