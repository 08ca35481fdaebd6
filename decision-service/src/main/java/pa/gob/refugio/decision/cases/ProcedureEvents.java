package pa.gob.refugio.decision.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.appeals.AppealDenied;
import pa.gob.refugio.events.appeals.AppealGranted;
import pa.gob.refugio.events.appeals.ChallengeWindowLapsed;
import pa.gob.refugio.events.appeals.ChallengeWindowLapsedV2;
import pa.gob.refugio.events.appeals.ChallengeWindowReinstated;
import pa.gob.refugio.events.appeals.JudicialReviewDecided;
import pa.gob.refugio.events.decision.CaseReopened;
import pa.gob.refugio.events.decision.StatusEndBecameFinal;
import pa.gob.refugio.events.decision.FinalRejectionReversed;
import pa.gob.refugio.events.appeals.ReconsiderationGranted;
import pa.gob.refugio.events.decision.RejectionBecameFinal;
import pa.gob.refugio.events.decision.RejectionBecameFinalV2;
import pa.gob.refugio.events.interview.CaseReadyForDecision;
import pa.gob.refugio.events.interview.ExtensionInterviewCalled;
import pa.gob.refugio.events.registration.ApplicationAbandoned;
import pa.gob.refugio.events.registration.ApplicationAbandonedV2;
import pa.gob.refugio.events.registration.ApplicationRegistered;
import pa.gob.refugio.events.registration.ApplicationWithdrawn;
import pa.gob.refugio.events.registration.ApplicationWithdrawnV2;
import pa.gob.refugio.events.registration.MemberAdded;
import pa.gob.refugio.kit.outbox.Outbox;

/**
 * How decision-service reacts to the other services' events. Each handler runs inside the inbox transaction (a
 * redelivered event is skipped before it gets here); the case's state machine makes a repeated fact change nothing.
 * A contradiction (an appeal outcome for an unknown or positive decision) is thrown as IllegalStateException and
 * goes to the dead-letter topic.
 */
@ApplicationScoped
public class ProcedureEvents {

    private static final Logger LOG = Logger.getLogger(ProcedureEvents.class);

    private final CaseRepository cases;
    private final DecisionService decisions;
    private final Outbox outbox;
    private final Clock clock;

    public ProcedureEvents(CaseRepository cases, DecisionService decisions, Outbox outbox, Clock clock) {
        this.cases = cases;
        this.decisions = decisions;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A registered application becomes a case awaiting its interviews, with its members' ids. */
    @Transactional
    public void onApplicationRegistered(ApplicationRegistered event) {
        var family = event.members().stream()
                .map(m -> new DecisionCase.MemberFacts(m.memberId(), m.role(), m.adult(), m.unaccompaniedChild(),
                        m.specificNeeds())).toList();
        cases.findByIdOptional(event.caseId()).ifPresentOrElse(
                known -> {
                    if (!known.register(event.caseNumber(), family, now())) {
                        LOG.infof("Case %s already registered; %s ignored", event.caseId(), event.eventId());
                    }
                },
                () -> cases.persist(DecisionCase.opened(event.caseId(), event.caseNumber(), family, now())));
    }

    /** registration added a member to the family (amendments, issue 13): the member joins the case, pending. */
    @Transactional
    public void onMemberAdded(MemberAdded event) {
        DecisionCase decisionCase = cases.findByIdOptional(event.caseId()).orElse(null);
        if (decisionCase == null || !decisionCase.joinFamily(new DecisionCase.MemberFacts(event.memberId(),
                event.role(), event.adult(), event.unaccompaniedChild(), event.specificNeeds()), now())) {
            LOG.infof("Case %s: member %s not added (case unknown here or member known); MemberAdded %s ignored",
                    event.caseId(), event.memberId(), event.eventId());
        }
    }

    @Transactional
    public void onCaseReadyForDecision(CaseReadyForDecision event) {
        DecisionCase decisionCase = findOrAnnounce(event);
        if (!decisionCase.markReady(now())) {
            LOG.infof("Case %s is %s; CaseReadyForDecision %s changes nothing", event.caseId(),
                    decisionCase.status(), event.eventId());
        }
    }

    /** An extension interview called before admissibility: the case waits for it (CaseReadyForDecision follows). */
    @Transactional
    public void onExtensionInterviewCalled(ExtensionInterviewCalled event) {
        DecisionCase decisionCase = findOrAnnounce(event);
        if (!decisionCase.extensionInterviewCalled(now())) {
            LOG.infof("Case %s is %s; ExtensionInterviewCalled %s changes nothing", event.caseId(),
                    decisionCase.status(), event.eventId());
        }
    }

    /** v1 names no members: every member still in the procedure withdrew (the whole case, as before). */
    @Transactional
    public void onApplicationWithdrawn(ApplicationWithdrawn event) {
        leave(event, null, MemberOutcome.WITHDRAWN);
    }

    /** v2: only the members listed withdrew; the others' procedure goes on. */
    @Transactional
    public void onApplicationWithdrawnV2(ApplicationWithdrawnV2 event) {
        leave(event, event.memberIds(), MemberOutcome.WITHDRAWN);
    }

    @Transactional
    public void onApplicationAbandoned(ApplicationAbandoned event) {
        leave(event, null, MemberOutcome.ABANDONED);
    }

    @Transactional
    public void onApplicationAbandonedV2(ApplicationAbandonedV2 event) {
        leave(event, event.memberIds(), MemberOutcome.ABANDONED);
    }

    @Transactional
    public void onReconsiderationGranted(ReconsiderationGranted event) {
        grant(event, event.decisionId(), DecisionOrigin.RECONSIDERATION, event.reconsiderationId(), event.decidedOn());
    }

    @Transactional
    public void onAppealGranted(AppealGranted event) {
        grant(event, event.decisionId(), DecisionOrigin.APPEAL, event.appealId(), event.decidedOn());
    }

    @Transactional
    public void onAppealDenied(AppealDenied event) {
        makeFinal(event, event.decisionId(), RejectionBecameFinal.Cause.APPEAL_DENIED, event.decidedOn());
    }

    /** A window closed unused: the rejection is final from the day after its last day. */
    @Transactional
    public void onChallengeWindowLapsed(ChallengeWindowLapsed event) {
        RejectionBecameFinal.Cause cause = event.window() == ChallengeWindowLapsed.Window.RECONSIDERATION
                ? RejectionBecameFinal.Cause.RECONSIDERATION_WINDOW_LAPSED
                : RejectionBecameFinal.Cause.APPEAL_WINDOW_LAPSED;
        makeFinal(event, event.decisionId(), cause, event.lastDay().plusDays(1));
    }

    /**
     * v2 names the members whose window lapsed: those of the decision (appeals-service learnt them from
     * ResolutionNotifiedV2). The rejection becomes final for the decision's members still rejected by it, as v1.
     */
    @Transactional
    public void onChallengeWindowLapsedV2(ChallengeWindowLapsedV2 event) {
        RejectionBecameFinal.Cause cause = event.window() == ChallengeWindowLapsed.Window.RECONSIDERATION
                ? RejectionBecameFinal.Cause.RECONSIDERATION_WINDOW_LAPSED
                : RejectionBecameFinal.Cause.APPEAL_WINDOW_LAPSED;
        makeFinal(event, event.decisionId(), cause, event.lastDay().plusDays(1));
    }

    /**
     * A lapsed window was reinstated in appeals-service (a paper filing received in time, or a supervisor): the
     * rejection that lapse made final can be challenged again; {@code FinalRejectionReversed} names its members so
     * SNM reinstates their provisional IDs. Once per decision: a redelivery or a second reinstatement changes nothing.
     */
    @Transactional
    public void onChallengeWindowReinstated(ChallengeWindowReinstated event) {
        DecisionCase decisionCase = caseOfDecision(event, event.decisionId());
        Decision negative = decisionCase.decision(event.decisionId()).orElseThrow();
        RejectionBecameFinal.Cause cause = negative.finalCause();
        LocalDate finalOn = negative.finalOn();
        List<UUID> reversedFor = negative.kind() == DecisionKind.STATUS_END
                ? decisionCase.membersWhoseStatusEndedBy(negative)
                : decisionCase.membersFinallyRejectedBy(negative); // those who left stay out
        if (decisionCase.reverseFinalRejection(negative, now()) && !reversedFor.isEmpty()) {
            outbox.publish(new FinalRejectionReversed(
                    EventMetadata.create(FinalRejectionReversed.class, decisionCase.id(), event.metadata().causing(),
                            now()),
                    negative.id(), reversedFor, cause, finalOn, event.reinstatedOn()));
        } else {
            LOG.infof("Decision %s is %s (case %s); ChallengeWindowReinstated %s changes nothing", event.decisionId(),
                    negative.challengeState(), decisionCase.status(), event.eventId());
        }
    }

    /**
     * The Third Chamber decided a judicial review: ANNULLED reopens the case at the annulled decision's step
     * ({@link CaseReopened}: SNM reinstates what that decision's finality revoked); UPHELD and DISMISSED change
     * nothing. A redelivery finds the decision already annulled and changes nothing.
     */
    @Transactional
    public void onJudicialReviewDecided(JudicialReviewDecided event) {
        if (event.outcome() != JudicialReviewDecided.Outcome.ANNULLED) {
            LOG.infof("Judicial review %s of decision %s: %s; nothing changes", event.judicialReviewId(),
                    event.decisionId(), event.outcome());
            return;
        }
        DecisionCase decisionCase = caseOfDecision(event, event.decisionId());
        Decision annulled = decisionCase.decision(event.decisionId()).orElseThrow();
        LocalDate on = event.decidedOn() != null ? event.decidedOn() : LocalDate.now(clock);
        decisionCase.reopenByCourt(annulled, event.judicialReviewId(), on, now()).ifPresentOrElse(
                reopening -> {
                    if (reopening.memberIds().isEmpty()) {
                        LOG.infof("Decision %s annulled, but no member it concerned is still concerned (case %s)",
                                annulled.id(), decisionCase.id());
                        return;
                    }
                    outbox.publish(new CaseReopened(
                            EventMetadata.create(CaseReopened.class, decisionCase.id(), event.metadata().causing(),
                                    now()),
                            annulled.id(), event.judicialReviewId(), reopening.memberIds(), reopening.step(), on));
                },
                () -> LOG.infof("Decision %s is %s (case %s); annulment %s changes nothing", annulled.id(),
                        annulled.challengeState(), decisionCase.status(), event.eventId()));
    }

    private void grant(DomainEvent event, UUID decisionId, DecisionOrigin origin, UUID originRef,
                       LocalDate decidedOn) {
        DecisionCase decisionCase = caseOfDecision(event, decisionId);
        Decision challenged = decisionCase.decision(decisionId).orElseThrow();
        if (challenged.kind() == DecisionKind.STATUS_END) { // the members keep the status they never lost
            if (!decisionCase.keepStatus(challenged, originRef, now())) {
                LOG.infof("End of status %s is %s (case %s); %s %s changes nothing", decisionId,
                        challenged.challengeState(), decisionCase.status(), event.metadata().type(), event.eventId());
            }
            return;
        }
        decisionCase.grantChallenge(challenged, origin, originRef, decidedOn, now()).ifPresentOrElse(
                granted -> decisions.publishDecided(decisionCase, granted, event.metadata().causing()),
                () -> LOG.infof("Decision %s is %s (case %s); %s %s changes nothing", decisionId,
                        challenged.challengeState(), decisionCase.status(), event.metadata().type(), event.eventId()));
    }

    private void makeFinal(DomainEvent event, UUID decisionId, RejectionBecameFinal.Cause cause, LocalDate finalOn) {
        DecisionCase decisionCase = caseOfDecision(event, decisionId);
        Decision negative = decisionCase.decision(decisionId).orElseThrow();
        if (negative.kind() == DecisionKind.STATUS_END) {
            if (decisionCase.makeFinal(negative, cause, finalOn, now())) {
                List<UUID> ended = decisionCase.membersWhoseStatusEndedBy(negative);
                if (!ended.isEmpty()) {
                    outbox.publish(new StatusEndBecameFinal(
                            EventMetadata.create(StatusEndBecameFinal.class, decisionCase.id(),
                                    event.metadata().causing(), now()),
                            negative.id(), ended, negative.endKind(), cause, finalOn));
                }
            } else {
                LOG.infof("End of status %s is already %s (case %s); %s %s changes nothing", decisionId,
                        negative.challengeState(), decisionCase.status(), event.metadata().type(), event.eventId());
            }
            return;
        }
        if (decisionCase.makeFinal(negative, cause, finalOn, now())) {
            List<UUID> concerned = decisionCase.membersFinallyRejectedBy(negative);
            if (concerned.isEmpty()) {
                LOG.infof("Decision %s is final but every member it concerned left the procedure (case %s)",
                        decisionId, decisionCase.id());
                return;
            }
            outbox.publish(new RejectionBecameFinalV2(
                    EventMetadata.create(RejectionBecameFinalV2.class, decisionCase.id(), event.metadata().causing(),
                            now()),
                    negative.id(), concerned, cause, finalOn));
        } else {
            LOG.infof("Decision %s is already %s (case %s); %s %s changes nothing", decisionId,
                    negative.challengeState(), decisionCase.status(), event.metadata().type(), event.eventId());
        }
    }

    /** {@code memberIds} null: every member still in the procedure (a v1 event, or the whole family). */
    private void leave(DomainEvent event, List<UUID> memberIds, MemberOutcome how) {
        DecisionCase decisionCase = findOrAnnounce(event);
        if (!decisionCase.registered()) {
            if (memberIds != null) {
                throw new IllegalStateException(event.metadata().type() + " " + event.eventId() + " names members of case "
                        + event.caseId() + ", whose registration decision-service has not received");
            }
            if (!decisionCase.close(now())) {
                LOG.infof("Case %s is %s; %s %s changes nothing", event.caseId(), decisionCase.status(),
                        event.metadata().type(), event.eventId());
            }
            return;
        }
        List<UUID> left = decisionCase.membersLeft(memberIds, how, now());
        if (left.isEmpty()) {
            LOG.infof("Case %s is %s; %s %s changes nothing", event.caseId(), decisionCase.status(),
                    event.metadata().type(), event.eventId());
        }
    }

    /** The case, or a not-yet-registered one when another service's event overtook its registration. */
    private DecisionCase findOrAnnounce(DomainEvent event) {
        return cases.findByIdOptional(event.caseId()).orElseGet(() -> {
            DecisionCase announced = DecisionCase.notYetRegistered(event.caseId(), now());
            cases.persist(announced);
            return announced;
        });
    }

    private DecisionCase caseOfDecision(DomainEvent event, UUID decisionId) {
        DecisionCase decisionCase = cases.findByDecision(decisionId).orElseThrow(() -> new IllegalStateException(
                event.metadata().type() + " " + event.eventId() + " names decision " + decisionId
                        + ", which decision-service never took"));
        if (!decisionCase.id().equals(event.caseId())) {
            throw new IllegalStateException(event.metadata().type() + " " + event.eventId() + " of case "
                    + event.caseId() + " names decision " + decisionId + " of case " + decisionCase.id());
        }
        return decisionCase;
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
