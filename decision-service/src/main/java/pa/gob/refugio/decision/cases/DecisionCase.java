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
import pa.gob.refugio.decision.ending.StatusEndGround;
import pa.gob.refugio.events.decision.CaseReopened;
import pa.gob.refugio.events.decision.StatusEnded;
import pa.gob.refugio.events.decision.RejectionBecameFinal;
import pa.gob.refugio.events.decision.ResolutionNotified.ResolutionKind;
import pa.gob.refugio.events.registration.ApplicationRegistered.FamilyRole;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.kit.problem.Texts;

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
        if (negative.kind() == DecisionKind.STATUS_END) {
            requireForEvent(Action.MAKE_STATUS_END_FINAL);
            negative.becomeFinal(cause, finalOn);
            members.stream()
                    .filter(m -> m.outcome() == MemberOutcome.RECOGNIZED && negative.memberIds().contains(m.id()))
                    .forEach(CaseMember::statusEndedFinally);
            moveTo(CaseStateMachine.next(status, Action.MAKE_STATUS_END_FINAL, outcomes()), now);
            return true;
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

    /**
     * CONARE ends the refugee status of {@code memberIds} (each recognised, with that recognition in force and no other
     * end of it pending) by {@code kind} on {@code ground}. The members keep their status and documents until this
     * end becomes final ({@link #makeFinal}): it is notified and can be challenged like a rejection. 409 when a member
     * is not recognised or an end of their status is already pending; 422 when a member is not of the case or the
     * end is dated before the member's recognition.
     */
    public Decision endStatus(StatusEnded.Kind kind, StatusEndGround ground, String reasons, List<UUID> memberIds,
                              String officer, LocalDate decidedOn, Instant now) {
        if (!CaseStateMachine.allows(status, Action.END_STATUS)) {
            throw ProblemException.conflict("status-not-in-force",
                            Texts.of("Ningún estatus de refugiado en vigor", "No refugee status in force"),
                            Texts.of("El caso " + id + " está en " + status + ": ningún miembro tiene un "
                                            + "reconocimiento en vigor que pueda cesar, cancelarse o revocarse",
                                    "Case " + id + " is " + status + ": no member has a recognition in force that "
                                            + "could be ceased, cancelled or revoked"))
                    .with("status", status.name());
        }
        if (ground.kind() != kind) {
            throw new IllegalArgumentException("Ground " + ground.code() + " is not a ground of " + kind);
        }
        List<CaseMember> concerned = new ArrayList<>();
        for (UUID memberId : new LinkedHashSet<>(memberIds)) {
            CaseMember member = members.stream().filter(m -> m.id().equals(memberId)).findFirst()
                    .orElseThrow(() -> ProblemException.ruleViolated("not-a-member",
                            Texts.of("No es miembro del caso", "Not a member of the case"),
                            Texts.of("La persona " + memberId + " no es miembro del caso " + id,
                                    "Member " + memberId + " is not part of case " + id)).with("memberId", memberId));
            if (member.outcome() != MemberOutcome.RECOGNIZED) {
                throw ProblemException.conflict("status-not-in-force",
                                Texts.of("Estatus de refugiado no vigente", "Refugee status not in force"),
                                Texts.of("La persona " + memberId + " no tiene un reconocimiento en vigor (" 
                                                + member.outcome() + "): solo se puede poner fin al estatus de "
                                                + "una persona reconocida",
                                        "Member " + memberId + " has no recognition in force (" + member.outcome()
                                                + "): only a recognised person's status can be ended"))
                        .with("memberId", memberId).with("outcome", member.outcome().name());
            }
            Optional<Decision> pending = pendingEndOf(memberId);
            if (pending.isPresent()) {
                throw ProblemException.conflict("status-end-pending",
                                Texts.of("Ya hay un fin de estatus pendiente", "An end of status is already pending"),
                                Texts.of("El estatus de la persona " + memberId + " ya es objeto de la resolución "
                                                + pending.get().id() + ", que aún no está firme",
                                        "The status of member " + memberId + " is already ended by decision "
                                                + pending.get().id() + ", which is not yet final"))
                        .with("memberId", memberId).with("decisionId", pending.get().id());
            }
            LocalDate recognisedOn = decision(member.outcomeDecisionId()).map(Decision::decidedOn).orElse(null);
            if (recognisedOn != null && decidedOn.isBefore(recognisedOn)) {
                throw ProblemException.ruleViolated("end-before-recognition",
                                Texts.of("Fin de estatus anterior al reconocimiento", "End before the recognition"),
                                Texts.of("La fecha " + decidedOn + " es anterior al reconocimiento de la persona "
                                                + memberId + " (" + recognisedOn + ")",
                                        "decidedOn " + decidedOn + " is before member " + memberId
                                                + "'s recognition (" + recognisedOn + ")"))
                        .with("memberId", memberId).with("recognisedOn", recognisedOn.toString());
            }
            concerned.add(member);
        }
        if (concerned.isEmpty()) {
            throw new IllegalArgumentException("An end of status names at least one member");
        }
        Decision decision = addDecision(DecisionKind.STATUS_END, ResolutionKind.STATUS_ENDED, ground.code(), null,
                reasons, concerned.stream().map(CaseMember::id).toList(), decidedOn, officer, now,
                DecisionOrigin.FIRST_INSTANCE, null, null);
        decision.endsStatusAs(kind);
        moveTo(CaseStateMachine.next(status, Action.END_STATUS, outcomes()), now);
        return decision;
    }

    /** The end of status of {@code memberId} that is not yet final, if any. */
    public Optional<Decision> pendingEndOf(UUID memberId) {
        return decisions.stream()
                .filter(d -> d.kind() == DecisionKind.STATUS_END && d.challengeState() == ChallengeState.OPEN
                        && d.memberIds().contains(memberId))
                .findFirst();
    }

    /**
     * A reconsideration or appeal of the end of status {@code end} was granted: the members keep their status (they
     * never lost it); the end is overturned. False when that already happened (a redelivery) or the case is closed.
     */
    public boolean keepStatus(Decision end, UUID originRef, Instant now) {
        requireOwn(end);
        if (end.kind() != DecisionKind.STATUS_END) {
            throw new IllegalArgumentException("Decision " + end.id() + " is not an end of status");
        }
        if (status == CaseStatus.CLOSED || !end.challengeState().canBeOverturned()) {
            return false;
        }
        requireForEvent(Action.KEEP_STATUS_ON_CHALLENGE);
        end.overturnedBy(originRef);
        this.updatedAt = now;
        return true;
    }

    /** The members whose status {@code end} ended finally (empty unless it is final). */
    public List<UUID> membersWhoseStatusEndedBy(Decision end) {
        if (end.challengeState() != ChallengeState.FINAL) {
            return List.of();
        }
        return members.stream()
                .filter(m -> m.outcome() == MemberOutcome.STATUS_ENDED && end.memberIds().contains(m.id()))
                .map(CaseMember::id).toList();
    }

    /** Where the Third Chamber's annulment put the case back, and for whom. */
    public record Reopening(CaseReopened.Step step, List<UUID> memberIds) {
    }

    /**
     * The Supreme Court's Third Chamber annulled the final negative decision {@code annulled} (judicial review
     * {@code judicialReviewId}): an annulled non-admission sends its members back to admissibility, an annulled
     * rejection back to CONARE's eligibility decision, an annulled end of status puts the recognition back in force.
     * Empty when that changes nothing (already annulled, not final, or a closed case).
     */
    public Optional<Reopening> reopenByCourt(Decision annulled, UUID judicialReviewId, LocalDate on, Instant now) {
        requireOwn(annulled);
        annulled.requireNegative();
        if (status == CaseStatus.CLOSED || !annulled.challengeState().canBeAnnulled()) {
            return Optional.empty();
        }
        requireForEvent(Action.REOPEN_BY_COURT);
        List<CaseMember> concerned;
        CaseReopened.Step step;
        if (annulled.kind() == DecisionKind.STATUS_END) {
            concerned = members.stream()
                    .filter(m -> m.outcome() == MemberOutcome.STATUS_ENDED && annulled.memberIds().contains(m.id()))
                    .toList();
            concerned.forEach(CaseMember::statusRestored);
            step = CaseReopened.Step.RECOGNIZED;
        } else {
            concerned = members.stream()
                    .filter(m -> m.outcome() == MemberOutcome.FINALLY_REJECTED
                            && annulled.id().equals(m.outcomeDecisionId()))
                    .toList();
            concerned.forEach(CaseMember::reopened);
            step = annulled.outcome() == ResolutionKind.NOT_ADMITTED
                    ? CaseReopened.Step.ADMISSIBILITY : CaseReopened.Step.ELIGIBILITY;
        }
        annulled.annul(judicialReviewId, on);
        moveTo(step == CaseReopened.Step.ADMISSIBILITY ? CaseStatus.READY_FOR_ADMISSIBILITY
                : CaseStateMachine.next(status, Action.REOPEN_BY_COURT, outcomes()), now);
        return Optional.of(new Reopening(step, concerned.stream().map(CaseMember::id).toList()));
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
        if (negative.kind() == DecisionKind.STATUS_END) { // the status is in force again while it is challenged
            members.stream()
                    .filter(m -> m.outcome() == MemberOutcome.STATUS_ENDED && negative.memberIds().contains(m.id()))
                    .forEach(CaseMember::statusRestored);
            moveTo(CaseStateMachine.fromMemberOutcomes(outcomes()), now);
            return true;
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
                throw ProblemException.conflict("no-member-pending",
                        Texts.of("Todos los miembros están decididos", "Every member is decided"),
                        Texts.of("Cada miembro del caso " + id + " ya tiene un resultado de elegibilidad",
                                "Every member of case " + id + " already has an eligibility outcome"));
            }
            return pending;
        }
        Set<UUID> wanted = new LinkedHashSet<>(requested);
        List<CaseMember> concerned = new ArrayList<>();
        for (UUID memberId : wanted) {
            CaseMember member = members.stream().filter(m -> m.id().equals(memberId)).findFirst()
                    .orElseThrow(() -> ProblemException.ruleViolated("not-a-member",
                            Texts.of("No es miembro del caso", "Not a member of the case"),
                            Texts.of("La persona " + memberId + " no forma parte del caso " + id,
                                    "Member " + memberId + " is not part of case " + id)).with("memberId", memberId));
            if (member.outcome() != MemberOutcome.PENDING) {
                throw ProblemException.conflict("member-already-decided",
                                Texts.of("Miembro ya decidido", "Member already decided"),
                                Texts.of("La persona " + memberId + " ya tiene el resultado de elegibilidad "
                                                + member.outcome(),
                                        "Member " + memberId + " already has the eligibility outcome "
                                                + member.outcome()))
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
            throw ProblemException.conflict("awaiting-registration",
                    Texts.of("Registro aún no recibido", "Registration not yet received"),
                    Texts.of("El caso " + id + " solo se conoce por las entrevistas; su registro aún no ha llegado",
                            "Case " + id + " is known from the interviews only; its registration has not arrived yet"));
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
