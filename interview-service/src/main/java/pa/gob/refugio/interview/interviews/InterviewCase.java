package pa.gob.refugio.interview.interviews;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.kit.problem.Texts;

/**
 * The interviews of one asylum case (same id as the case in registration-service): the family as announced, every
 * interview, and whether the case has been declared ready for a decision. The aggregate root: every change to an
 * interview goes through it, under a row lock, so readiness is judged on a consistent picture.
 */
@Entity
@Table(name = "interview_case")
public class InterviewCase {

    public enum Status { OPEN, WITHDRAWN, ABANDONED }

    @Id
    private UUID id;
    @Column(name = "case_number")
    private String caseNumber;
    @Column(name = "intake_site")
    private String intakeSite;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "ready_for_decision")
    private boolean readyForDecision;
    @Column(name = "readiness_count")
    private int readinessCount;
    @Column(name = "opened_at")
    private Instant openedAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Enumerated(EnumType.STRING)
    private Priority priority;
    @Version
    private long version;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "case_member", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "position")
    private List<CaseMember> members = new ArrayList<>();
    @OneToMany(mappedBy = "interviewCase", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<Interview> interviews = new ArrayList<>();

    protected InterviewCase() {
    }

    static InterviewCase open(UUID caseId, String caseNumber, String intakeSite, List<CaseMember> family,
                              Instant now) {
        return open(caseId, caseNumber, intakeSite, family, Priority.STANDARD, now);
    }

    static InterviewCase open(UUID caseId, String caseNumber, String intakeSite, List<CaseMember> family,
                              Priority priority, Instant now) {
        InterviewCase c = new InterviewCase();
        c.priority = priority;
        c.id = caseId;
        c.caseNumber = caseNumber;
        c.intakeSite = intakeSite;
        c.status = Status.OPEN;
        c.openedAt = now;
        c.members.addAll(family);
        return c;
    }

    /**
     * Who is interviewed individually when the case opens (PROCEDURE.md step 4): every adult still in the procedure; a
     * case of children only
     * is not left without an interview: its principal applicant (the first member, a child) is given a
     * child-appropriate interview, held with the guardian or legal representative, whose presence is recorded.
     */
    List<Interviewee> interviewees() {
        // members who withdrew or left Panama while the case waited are not interviewed
        List<CaseMember> remaining = members.stream().filter(m -> !m.leftProcedure()).toList();
        List<Interviewee> adults = remaining.stream().filter(CaseMember::adult)
                .map(m -> new Interviewee(m.memberId(), false)).toList();
        if (!adults.isEmpty() || remaining.isEmpty()) {
            return adults;
        }
        return List.of(new Interviewee(remaining.get(0).memberId(), true));
    }

    /**
     * Those of {@link #interviewees()} who have no interview yet: a whole family when the case opens; later, an adult
     * added to the family (amendments, issue 13).
     */
    List<Interviewee> toBook() {
        return interviewees().stream()
                .filter(who -> interviews.stream().noneMatch(i -> i.memberId().equals(who.memberId()))).toList();
    }

    /**
     * A member added to the family by registration (amendments, issue 13); false when already known (events replay).
     * An adult added to an open case needs an interview: a case that was ready for a decision waits for it again.
     */
    boolean join(CaseMember member) {
        if (members.stream().anyMatch(m -> m.memberId().equals(member.memberId()))) {
            return false;
        }
        members.add(member);
        if (member.adult() && status == Status.OPEN) {
            readyForDecision = false;
        }
        return true;
    }

    /** A member to interview individually, and whether as a child (with guardian or legal representative). */
    record Interviewee(UUID memberId, boolean childAppropriate) {
    }

    /** Schedules a member's interview in the given slot. */
    Interview schedule(UUID memberId, InterviewKind kind, LocalDateTime slot, String reason, String calledBy,
                       Instant now) {
        return schedule(memberId, kind, slot, reason, calledBy, false, now);
    }

    /** Schedules a member's interview in the given slot, child-appropriate or not. */
    Interview schedule(UUID memberId, InterviewKind kind, LocalDateTime slot, String reason, String calledBy,
                       boolean childAppropriate, Instant now) {
        requireOpen("given a new interview");
        Interview interview = new Interview(this, interviews.size(), memberId, kind, intakeSite, slot, reason, calledBy,
                childAppropriate, now);
        interviews.add(interview);
        if (kind == InterviewKind.EXTENSION) {
            readyForDecision = false; // the decision waits for this interview too
        }
        return interview;
    }

    /** Checks an extension interview may be called for {@code memberId}: open case, known member, none open. */
    void checkExtensionFor(UUID memberId) {
        requireOpen("given a new interview");
        if (members.stream().noneMatch(m -> m.memberId().equals(memberId))) {
            throw ProblemException.ruleViolated("unknown-member",
                    Texts.of("No es miembro de este caso", "Not a member of this case"),
                    Texts.of("La persona " + memberId + " no forma parte del caso " + id,
                            "Member " + memberId + " is not part of case " + id)).with("memberId", String.valueOf(memberId));
        }
        interviews.stream().filter(i -> i.memberId().equals(memberId) && i.status().isOpen()).findFirst()
                .ifPresent(open -> {
                    throw ProblemException.conflict("interview-already-open",
                                    Texts.of("Ya hay una entrevista abierta", "An interview is already open"),
                                    Texts.of("La persona " + memberId + " ya tiene la entrevista " + open.id() + " ("
                                                    + open.status() + "); suspéndala o reprográmela primero",
                                            "Member " + memberId + " already has interview " + open.id() + " ("
                                                    + open.status() + "); hold or reschedule it first"))
                            .with("interviewId", open.id().toString());
                });
    }

    /**
     * Declares the case ready for a decision if the {@link Readiness} rule holds and it was not already declared;
     * returns the interviewed member ids when this call made it ready (publish once per readiness).
     */
    Optional<List<UUID>> becomeReadyIfComplete() {
        if (status != Status.OPEN || readyForDecision) {
            return Optional.empty();
        }
        Optional<List<UUID>> interviewed = Readiness.interviewedMembersIfReady(
                members.stream().filter(m -> !m.leftProcedure())
                        .map(m -> new Readiness.Member(m.memberId(), m.adult())).toList(),
                interviews.stream().filter(i -> stillIn(i.memberId())).map(Interview::fact).toList());
        interviewed.ifPresent(ids -> {
            readyForDecision = true;
            readinessCount++;
        });
        return interviewed;
    }

    /** Ends the case: every open interview is cancelled; returns those. Idempotent. */
    List<Interview> close(Status reason, Instant now) {
        if (status != Status.OPEN) {
            return List.of();
        }
        status = reason;
        closedAt = now;
        List<Interview> cancelled = new ArrayList<>();
        for (Interview i : interviews) {
            if (i.status().isOpen()) {
                i.cancel("APPLICATION_" + reason.name(), now);
                cancelled.add(i);
            }
        }
        return cancelled;
    }

    /**
     * The members listed withdrew or left Panama (null: every member): their open interviews are cancelled, the other
     * members' stay. The case ends when no member remains. Returns the interviews cancelled. Idempotent.
     */
    List<Interview> membersLeft(List<UUID> memberIds, Status reason, Instant now) {
        if (status != Status.OPEN) {
            return List.of();
        }
        members.stream().filter(m -> memberIds == null || memberIds.contains(m.memberId())).forEach(CaseMember::leave);
        if (members.stream().allMatch(CaseMember::leftProcedure)) {
            return close(reason, now);
        }
        List<Interview> cancelled = new ArrayList<>();
        for (Interview i : interviews) {
            if (i.status().isOpen() && !stillIn(i.memberId())) {
                i.cancel("APPLICATION_" + reason.name(), now);
                cancelled.add(i);
            }
        }
        return cancelled;
    }

    private boolean stillIn(UUID memberId) {
        return members.stream().noneMatch(m -> m.memberId().equals(memberId) && m.leftProcedure());
    }

    Interview interview(UUID interviewId) {
        return interviews.stream().filter(i -> i.id().equals(interviewId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Interview", interviewId));
    }

    void requireOpen(String action) {
        if (status != Status.OPEN) {
            throw ProblemException.illegalTransition("Case " + id, status, action).with("caseId", id.toString());
        }
    }

    public UUID id() {
        return id;
    }

    public String caseNumber() {
        return caseNumber;
    }

    public String intakeSite() {
        return intakeSite;
    }

    public Status status() {
        return status;
    }

    /** The case's place in queues (children alone first); STANDARD for cases opened before issue 8. */
    public Priority priority() {
        return priority == null ? Priority.STANDARD : priority;
    }

    public boolean readyForDecision() {
        return readyForDecision;
    }

    public List<CaseMember> members() {
        return List.copyOf(members);
    }

    public List<Interview> interviews() {
        return List.copyOf(interviews);
    }
}
