package pa.gob.refugio.decision.cases;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import pa.gob.refugio.decision.cases.CaseStateMachine.Action;
import pa.gob.refugio.decision.cases.RecognitionGround.LegalBasis;
import pa.gob.refugio.events.decision.RejectionBecameFinal;
import pa.gob.refugio.events.decision.ResolutionNotified.ResolutionKind;
import pa.gob.refugio.events.registration.ApplicationRegistered.FamilyRole;
import pa.gob.refugio.kit.problem.ProblemException;

/**
 * An asylum case as decision-service sees it: the family (ids and roles only), its status, and every decision taken
 * on it. The aggregate root: members and decisions change only through its methods, under one optimistic lock.
 */
@Entity
@Table(name = "decision_case")
public class DecisionCase {

    /** legalBasis of a recognition that follows a granted reconsideration. */
    public static final String RECONSIDERATION_GRANTED = "RECONSIDERATION_GRANTED";
    /** legalBasis of a recognition that follows a granted appeal. */
    public static final String APPEAL_GRANTED = "APPEAL_GRANTED";

    @Id
    private UUID id;
    @Column(name = "case_number")
    private String caseNumber;
    @Enumerated(EnumType.STRING)
    private CaseStatus status;
    private boolean registered;
    @Column(name = "opened_at")
    private Instant openedAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "status_since")
    private Instant statusSince;
    @Version
    private long version;
    @OneToMany(mappedBy = "decisionCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<CaseMember> members = new ArrayList<>();
    @OneToMany(mappedBy = "decisionCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Decision> decisions = new ArrayList<>();

    /** A member as registration announced it. */
    public record MemberFacts(UUID memberId, FamilyRole role, boolean adult, boolean unaccompaniedChild,
                              boolean specificNeeds) {

        public MemberFacts(UUID memberId, FamilyRole role, boolean adult) {
            this(memberId, role, adult, false, false);
        }
    }

    protected DecisionCase() {
    }

    /** A case opened from its registration: it waits for the interviews. */
    public static DecisionCase opened(UUID caseId, String caseNumber, List<MemberFacts> members, Instant now) {
        DecisionCase c = new DecisionCase();
        c.id = caseId;
        c.status = CaseStatus.AWAITING_INTERVIEWS;
        c.openedAt = now;
        c.updatedAt = now;
        c.statusSince = now;
        c.register(caseNumber, members, now);
        return c;
    }

    /**
     * A case heard of before its registration reached this service (another topic may be read faster): it has no
     * members yet and cannot be decided until the registration arrives.
     */
    public static DecisionCase notYetRegistered(UUID caseId, Instant now) {
        DecisionCase c = new DecisionCase();
        c.id = caseId;
        c.status = CaseStatus.AWAITING_INTERVIEWS;
        c.openedAt = now;
        c.updatedAt = now;
        c.statusSince = now;
        return c;
    }

    /** Records the family from the registration; false if it was already known. Keeps the status. */
    public boolean register(String caseNumber, List<MemberFacts> family, Instant now) {
        if (registered) {
            return false;
        }
        if (family.isEmpty()) {
            throw new IllegalArgumentException("A registered case has at least one member");
        }
        this.caseNumber = caseNumber;
        for (MemberFacts m : family) {
            members.add(new CaseMember(this, members.size(), m.memberId(), m.role(), m.adult(),
                    m.unaccompaniedChild(), m.specificNeeds()));
        }
        this.registered = true;
        this.updatedAt = now;
        return true;
    }

    /**
     * registration added a member to the family (amendments, issue 13): the member joins with their own PENDING
     * outcome; false when already known (events replay) or the registration was not seen yet. An adult added while the
     * case waits for admissibility waits for their interview too; a member added to a family every member of which
     * is recognised makes the case ADMITTED again, so that CONARE decides the new member's eligibility apart.
     */
    public boolean joinFamily(MemberFacts m, Instant now) {
        if (!registered || members.stream().anyMatch(x -> x.id().equals(m.memberId()))) {
            return false;
        }
        members.add(new CaseMember(this, members.size(), m.memberId(), m.role(), m.adult(), m.unaccompaniedChild(),
                m.specificNeeds()));
        if (m.adult() && CaseStateMachine.allows(status, Action.AWAIT_EXTENSION_INTERVIEW)) {
            moveTo(CaseStateMachine.next(status, Action.AWAIT_EXTENSION_INTERVIEW, outcomes()), now);
        } else if (status == CaseStatus.RECOGNIZED) {
            moveTo(CaseStatus.ADMITTED, now);
        }
        this.updatedAt = now;
        return true;
    }

    /** Every adult was interviewed; false when that changes nothing (already ready, or decided since). */
    public boolean markReady(Instant now) {
        if (!CaseStateMachine.allows(status, Action.MARK_READY)) {
            return false;
        }
        moveTo(CaseStateMachine.next(status, Action.MARK_READY, outcomes()), now);
        return true;
    }

    /**
     * ONPAR called an extension interview: a case ready for admissibility waits for it again; false when that
     * changes nothing (still waiting, or already decided).
     */
    public boolean extensionInterviewCalled(Instant now) {
        if (!CaseStateMachine.allows(status, Action.AWAIT_EXTENSION_INTERVIEW)) {
            return false;
        }
        moveTo(CaseStateMachine.next(status, Action.AWAIT_EXTENSION_INTERVIEW, outcomes()), now);
        return true;
    }

    /**
     * The members listed withdrew or left Panama ({@code memberIds} null: every member still in the procedure): their
     * procedure ends, the others' goes on. Members whose procedure already ended (recognised, finally rejected, left
     * before) are not changed. The case is CLOSED when no member remains in the procedure; during eligibility its
     * status follows the remaining members' outcomes. Returns the members who left now (empty: nothing changed).
     */
    public List<UUID> membersLeft(List<UUID> memberIds, MemberOutcome how, Instant now) {
        if (!how.left()) {
            throw new IllegalArgumentException(how + " is not a way of leaving the procedure");
        }
        if (status.terminal()) {
            return List.of();
        }
        if (memberIds != null) {
            for (UUID memberId : memberIds) {
                if (members.stream().noneMatch(m -> m.id().equals(memberId))) {
                    throw new IllegalStateException("Member " + memberId + " is not part of case " + id);
                }
            }
        }
        List<UUID> left = members.stream()
                .filter(m -> memberIds == null || memberIds.contains(m.id()))
                .filter(m -> m.leave(how)).map(CaseMember::id).toList();
        if (left.isEmpty()) {
            return left;
        }
        if (members.stream().allMatch(m -> m.outcome().left())) {
            moveTo(CaseStateMachine.next(status, Action.CLOSE, outcomes()), now);
        } else if (status == CaseStatus.ADMITTED || status == CaseStatus.REJECTED) {
            moveTo(CaseStateMachine.fromMemberOutcomes(outcomes()), now);
        } else {
            this.updatedAt = now;
        }
        return left;
    }

    /** Withdrawal or abandonment of a case not yet registered here (v1 events); false when it already ended. */
    public boolean close(Instant now) {
        if (!CaseStateMachine.allows(status, Action.CLOSE)) {
            return false;
        }
        moveTo(CaseStateMachine.next(status, Action.CLOSE, outcomes()), now);
        return true;
    }

    /** ONPAR admits the application (every member), or does not admit it on a ground, with reasons. */
    public Decision decideAdmissibility(boolean admitted, NotAdmissibleGround ground, String reasons, String officer,
                                        LocalDate today, Instant now) {
        Action action = admitted ? Action.ADMIT : Action.NOT_ADMIT;
        CaseStateMachine.check(status, action);
        requireRegistered();
        if (!admitted && ground == null) {
            throw new IllegalArgumentException("A non-admission needs a ground");
        }
        Decision decision = addDecision(DecisionKind.ADMISSIBILITY,
                admitted ? ResolutionKind.ADMITTED : ResolutionKind.NOT_ADMITTED,
                admitted ? null : ground.name(), null, reasons, memberIdsInProcedure(), today, officer, now,
                DecisionOrigin.FIRST_INSTANCE, null, null);
        moveTo(CaseStateMachine.next(status, action, outcomes()), now);
        return decision;
    }

    /**
     * CONARE recognises or rejects some or all of the members still waiting for an eligibility outcome
     * ({@code memberIds} null or empty: all of them). A member can be decided apart from the principal; the case is
     * fully decided when every member has an outcome.
     */
    public Decision decideEligibility(boolean recognised, LegalBasis basis, RecognitionGround ground, String reasons,
                                      List<UUID> memberIds, String officer, LocalDate today, Instant now) {
        CaseStateMachine.check(status, Action.DECIDE_ELIGIBILITY);
        List<CaseMember> concerned = pendingMembers(memberIds);
        if (recognised && basis == null) {
            throw new IllegalArgumentException("A recognition needs a legal basis");
        }
        Decision decision = addDecision(DecisionKind.ELIGIBILITY,
                recognised ? ResolutionKind.RECOGNIZED : ResolutionKind.REJECTED,
                recognised && ground != null ? ground.name() : null, recognised ? basis.name() : null, reasons,
                concerned.stream().map(CaseMember::id).toList(), today, officer, now,
                DecisionOrigin.FIRST_INSTANCE, null, null);
        concerned.forEach(m -> m.decided(recognised ? MemberOutcome.RECOGNIZED : MemberOutcome.REJECTED,
                decision.id()));
        moveTo(CaseStateMachine.next(status, Action.DECIDE_ELIGIBILITY, outcomes()), now);
        return decision;
    }

    /** Records the notification of one of this case's decisions. */
    public void notifyDecision(Decision decision, LocalDate notifiedOn, NotificationChannel channel,
                               boolean acknowledged, String officer, LocalDate today, Instant now) {
        requireOwn(decision);
        decision.notified(notifiedOn, channel, acknowledged, officer, today, now);
        this.updatedAt = now;
    }

    /**
     * A reconsideration or appeal of {@code challenged} was granted: a non-admission becomes an admission, a rejection
     * a recognition of the members it concerned. Empty when that already happened (or the case was closed).
     */
    public Optional<Decision> grantChallenge(Decision challenged, DecisionOrigin origin, UUID originRef,
                                             LocalDate decidedOn, Instant now) {
        requireOwn(challenged);
        challenged.requireNegative();
        if (status == CaseStatus.CLOSED || !challenged.challengeState().canBeOverturned()) {
            return Optional.empty();
        }
        String by = origin == DecisionOrigin.APPEAL ? "Minister of Government (appeal " + originRef + ")"
                : "CONARE (reconsideration " + originRef + ")";
        String legalBasis = origin == DecisionOrigin.APPEAL ? APPEAL_GRANTED : RECONSIDERATION_GRANTED;
        Decision granted;
        if (challenged.outcome() == ResolutionKind.NOT_ADMITTED) {
            requireForEvent(Action.ADMIT_ON_CHALLENGE);
            granted = addDecision(DecisionKind.ADMISSIBILITY, ResolutionKind.ADMITTED, null, legalBasis, null,
                    memberIdsInProcedure(), decidedOn, by, now, origin, originRef, challenged.id());
            moveTo(CaseStateMachine.next(status, Action.ADMIT_ON_CHALLENGE, outcomes()), now);
        } else {
            requireForEvent(Action.RECOGNISE_ON_CHALLENGE);
            List<CaseMember> rejected = members.stream()
                    .filter(m -> m.outcome() == MemberOutcome.REJECTED && challenged.id().equals(m.outcomeDecisionId()))
                    .toList();
            granted = addDecision(DecisionKind.ELIGIBILITY, ResolutionKind.RECOGNIZED, null, legalBasis, null,
                    rejected.stream().map(CaseMember::id).toList(), decidedOn, by, now, origin, originRef,
                    challenged.id());
            rejected.forEach(m -> m.decided(MemberOutcome.RECOGNIZED, granted.id()));
            moveTo(CaseStateMachine.next(status, Action.RECOGNISE_ON_CHALLENGE, outcomes()), now);
        }
        challenged.overturnedBy(granted.id());
        return Optional.of(granted);
    }

    /**
     * {@code negative} can no longer be challenged: a window lapsed or the appeal was denied. True only the first
     * time (a second window's lapse, a redelivery, a denial after a lapse change nothing), and not for a closed case.
     */
    public boolean makeFinal(Decision negative, RejectionBecameFinal.Cause cause, LocalDate finalOn, Instant now) {
        requireOwn(negative);
        negative.requireNegative();
        if (status == CaseStatus.CLOSED || !negative.challengeState().canBecomeFinal()) {
            return false;
        }
        requireForEvent(Action.MAKE_REJECTION_FINAL);
        negative.becomeFinal(cause, finalOn);
        members.stream()
                .filter(m -> m.outcome() == MemberOutcome.REJECTED && negative.id().equals(m.outcomeDecisionId()))
                .forEach(CaseMember::rejectionBecameFinal);
        if (negative.outcome() == ResolutionKind.NOT_ADMITTED) {
            members.stream()
                    .filter(m -> m.outcome() == MemberOutcome.PENDING && negative.memberIds().contains(m.id()))
                    .forEach(m -> m.notAdmittedFinally(negative.id()));
        }
        moveTo(CaseStateMachine.next(status, Action.MAKE_REJECTION_FINAL, outcomes()), now);
        return true;
    }

    /** The members for whom {@code negative} is final (those who left the procedure before are not among them). */
    public List<UUID> membersFinallyRejectedBy(Decision negative) {
        return members.stream()
                .filter(m -> m.outcome() == MemberOutcome.FINALLY_REJECTED && negative.id().equals(m.outcomeDecisionId()))
                .map(CaseMember::id).toList();
    }

    /**
     * A lapsed window of {@code negative} was reinstated: the final rejection is reversed, its members are
     * {@code REJECTED} again and the case goes back to where the lapse found it (NOT_ADMITTED for a non-admission,
     * otherwise the status the members' outcomes give). False when that changes nothing (not final by a lapse, a
     * redelivery, or a closed case).
     */
    public boolean reverseFinalRejection(Decision negative, Instant now) {
        requireOwn(negative);
        negative.requireNegative();
        if (status == CaseStatus.CLOSED || !negative.finalityReversed()) {
            return false;
        }
        members.stream()
                .filter(m -> m.outcome() == MemberOutcome.FINALLY_REJECTED
                        && negative.id().equals(m.outcomeDecisionId()))
                .forEach(CaseMember::finalRejectionReversed);
        moveTo(negative.outcome() == ResolutionKind.NOT_ADMITTED ? CaseStatus.NOT_ADMITTED
                : CaseStateMachine.fromMemberOutcomes(outcomes()), now);
        return true;
    }

    public Optional<Decision> decision(UUID decisionId) {
        return decisions.stream().filter(d -> d.id().equals(decisionId)).findFirst();
    }

    private List<CaseMember> pendingMembers(List<UUID> requested) {
        if (requested == null || requested.isEmpty()) {
            List<CaseMember> pending = members.stream().filter(m -> m.outcome() == MemberOutcome.PENDING).toList();
            if (pending.isEmpty()) {
                throw ProblemException.conflict("no-member-pending", "Every member is decided",
                        "Every member of case " + id + " already has an eligibility outcome");
            }
            return pending;
        }
        Set<UUID> wanted = new LinkedHashSet<>(requested);
        List<CaseMember> concerned = new ArrayList<>();
        for (UUID memberId : wanted) {
            CaseMember member = members.stream().filter(m -> m.id().equals(memberId)).findFirst()
                    .orElseThrow(() -> ProblemException.ruleViolated("not-a-member", "Not a member of the case",
                            "Member " + memberId + " is not part of case " + id).with("memberId", memberId));
            if (member.outcome() != MemberOutcome.PENDING) {
                throw ProblemException.conflict("member-already-decided", "Member already decided",
                                "Member " + memberId + " already has the eligibility outcome " + member.outcome())
                        .with("memberId", memberId).with("outcome", member.outcome().name());
            }
            concerned.add(member);
        }
        return concerned;
    }

    private Decision addDecision(DecisionKind kind, ResolutionKind outcome, String ground, String legalBasis,
                                 String reasons, List<UUID> memberIds, LocalDate decidedOn, String decidedBy,
                                 Instant now, DecisionOrigin origin, UUID originRef, UUID challenged) {
        Decision decision = new Decision(this, decisions.size(), kind, outcome, ground, legalBasis, reasons,
                memberIds, decidedOn, decidedBy, now, origin, originRef, challenged);
        decisions.add(decision);
        return decision;
    }

    private void requireRegistered() {
        if (!registered) {
            throw ProblemException.conflict("awaiting-registration", "Registration not yet received",
                    "Case " + id + " is known from the interviews only; its registration has not arrived yet");
        }
    }

    /** For transitions caused by another service's event: a refusal is not the caller's mistake but a contradiction. */
    private void requireForEvent(Action action) {
        if (!CaseStateMachine.allows(status, action)) {
            throw new IllegalStateException("Case " + id + " is " + status + "; it cannot be " + action.description());
        }
    }

    private void requireOwn(Decision decision) {
        if (!decision.caseId().equals(id)) {
            throw new IllegalArgumentException("Decision " + decision.id() + " is not of case " + id);
        }
    }

    private void moveTo(CaseStatus next, Instant now) {
        if (next != status) {
            this.statusSince = now;
        }
        this.status = next;
        this.updatedAt = now;
    }

    private List<MemberOutcome> outcomes() {
        return members.stream().map(CaseMember::outcome).toList();
    }

    private List<UUID> memberIdsInProcedure() {
        return members.stream().filter(m -> !m.outcome().left()).map(CaseMember::id).toList();
    }

    public UUID id() {
        return id;
    }

    public String caseNumber() {
        return caseNumber;
    }

    public CaseStatus status() {
        return status;
    }

    public boolean registered() {
        return registered;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public List<CaseMember> members() {
        return List.copyOf(members);
    }

    public List<Decision> decisions() {
        return List.copyOf(decisions);
    }
}
