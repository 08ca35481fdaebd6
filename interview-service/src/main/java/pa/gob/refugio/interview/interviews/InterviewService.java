package pa.gob.refugio.interview.interviews;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.Trace;
import pa.gob.refugio.events.interview.CaseReadyForDecision;
import pa.gob.refugio.events.interview.ExtensionInterviewCalled;
import pa.gob.refugio.events.interview.InterviewCancelled;
import pa.gob.refugio.events.interview.InterviewCompleted;
import pa.gob.refugio.events.interview.InterviewNoShow;
import pa.gob.refugio.events.interview.InterviewRescheduled;
import pa.gob.refugio.events.interview.InterviewScheduled;
import pa.gob.refugio.events.registration.ApplicationAbandoned;
import pa.gob.refugio.events.registration.ApplicationAbandonedV2;
import pa.gob.refugio.events.registration.ApplicationRegistered;
import pa.gob.refugio.events.registration.ApplicationWithdrawn;
import pa.gob.refugio.events.registration.ApplicationWithdrawnV2;
import pa.gob.refugio.events.registration.MemberAdded;
import pa.gob.refugio.interview.interviews.InterviewStatus.Action;
import pa.gob.refugio.kit.outbox.Outbox;
import pa.gob.refugio.kit.problem.ProblemException;

/** The interview use cases; one transaction each, events written to the outbox in the same transaction. */
@ApplicationScoped
public class InterviewService {

    private static final Logger LOG = Logger.getLogger(InterviewService.class);

    private final InterviewCaseRepository cases;
    private final InterviewSlots slots;
    private final WaitingList waitingList;
    private final Outbox outbox;
    private final Clock clock;

    public InterviewService(InterviewCaseRepository cases, InterviewSlots slots, WaitingList waitingList,
                            Outbox outbox, Clock clock) {
        this.cases = cases;
        this.slots = slots;
        this.waitingList = waitingList;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * A registered family: one individual interview per adult (a case of children only: a child-appropriate
     * interview of its principal applicant), from the business day after registration. The case joins its site's
     * waiting list, which is booked at once in priority order: it gets its interviews if they fit within the booking
     * horizon, and otherwise waits (published as {@code CaseWaitlisted}), never a failure.
     */
    @Transactional
    public void openCase(ApplicationRegistered registered) {
        if (cases.findByIdOptional(registered.caseId()).isPresent()) {
            LOG.infof("Case %s already has its interviews; ApplicationRegistered %s ignored", registered.caseId(),
                    registered.eventId());
            return;
        }
        Instant now = Instant.now(clock);
        Priority priority = Priority.of(registered.members().stream()
                .map(m -> new Priority.MemberFacts(m.unaccompaniedChild(), m.specificNeeds())).toList());
        InterviewCase interviewCase = InterviewCase.open(registered.caseId(), registered.caseNumber(),
                registered.intakeSite(), registered.members().stream()
                        .map(m -> new CaseMember(m.memberId(), m.adult())).toList(), priority, now);
        cases.persist(interviewCase);
        cases.flush();
        waitingList.join(interviewCase, registered.metadata().occurredAt(), registered.metadata().causing());
    }

    /**
     * registration added a member to the family (amendments, issue 13): the member joins the case; an adult of an
     * open case is given an individual interview (or the case waits again for a slot); a child none. Idempotent.
     */
    @Transactional
    public void memberAdded(MemberAdded added) {
        InterviewCase interviewCase = cases.lock(added.caseId()).orElse(null);
        if (interviewCase == null) {
            LOG.warnf("Case %s has no interviews here; MemberAdded %s ignored", added.caseId(), added.eventId());
            return;
        }
        if (!interviewCase.join(new CaseMember(added.memberId(), added.adult()))) {
            LOG.infof("Member %s already in case %s; MemberAdded %s ignored", added.memberId(), added.caseId(),
                    added.eventId());
            return;
        }
        if (added.adult() && interviewCase.status() == InterviewCase.Status.OPEN) {
            cases.flush();
            waitingList.joinMember(interviewCase, added.memberId(), added.metadata().causing());
        }
    }

    /** v1 names no members: the whole case withdrew. */
    @Transactional
    public void withdraw(ApplicationWithdrawn withdrawn) {
        membersLeft(withdrawn.caseId(), null, InterviewCase.Status.WITHDRAWN,
                InterviewCancelled.Reason.APPLICATION_WITHDRAWN, withdrawn.metadata().causing());
    }

    /** v2: only the members listed withdrew; the others' interviews stay. */
    @Transactional
    public void withdraw(ApplicationWithdrawnV2 withdrawn) {
        membersLeft(withdrawn.caseId(), withdrawn.memberIds(), InterviewCase.Status.WITHDRAWN,
                InterviewCancelled.Reason.APPLICATION_WITHDRAWN, withdrawn.metadata().causing());
    }

    @Transactional
    public void abandon(ApplicationAbandoned abandoned) {
        membersLeft(abandoned.caseId(), null, InterviewCase.Status.ABANDONED,
                InterviewCancelled.Reason.APPLICATION_ABANDONED, abandoned.metadata().causing());
    }

    @Transactional
    public void abandon(ApplicationAbandonedV2 abandoned) {
        membersLeft(abandoned.caseId(), abandoned.memberIds(), InterviewCase.Status.ABANDONED,
                InterviewCancelled.Reason.APPLICATION_ABANDONED, abandoned.metadata().causing());
    }

    /**
     * The members' open interviews are cancelled ({@code memberIds} null: every member, the case ends). When no member
     * remains the case also leaves the waiting list; while some remain it keeps its place (only they are booked). If
     * the adults still in the procedure were all interviewed, the case is now ready for a decision.
     */
    private void membersLeft(UUID caseId, List<UUID> memberIds, InterviewCase.Status status,
                             InterviewCancelled.Reason reason, Trace trace) {
        InterviewCase interviewCase = cases.lock(caseId).orElse(null);
        if (interviewCase == null) {
            LOG.warnf("Case %s: members left (%s) but it has no interviews here; nothing to cancel", caseId, status);
            return;
        }
        Instant now = Instant.now(clock);
        List<Interview> cancelledInterviews = interviewCase.membersLeft(memberIds, status, now);
        if (interviewCase.status() != InterviewCase.Status.OPEN) {
            waitingList.leave(caseId); // no member remains: the case leaves the waiting list (if it waited)
        }
        for (Interview cancelled : cancelledInterviews) {
            outbox.publish(new InterviewCancelled(EventMetadata.create(InterviewCancelled.class, caseId, trace, now),
                    cancelled.id(), cancelled.memberId(), cancelled.scheduledAt(), reason));
        }
        interviewCase.becomeReadyIfComplete().ifPresent(interviewed -> outbox.publish(new CaseReadyForDecision(
                EventMetadata.create(CaseReadyForDecision.class, caseId, trace, now), interviewed)));
    }

    @Transactional
    public List<InterviewView> interviewsOf(UUID caseId) {
        return cases.findByIdOptional(caseId)
                .orElseThrow(() -> ProblemException.notFound("Case", caseId))
                .interviews().stream().map(InterviewView::summaryOf).toList();
    }

    @Transactional
    public InterviewView find(UUID interviewId) {
        InterviewCase interviewCase = cases.findById(caseOf(interviewId));
        return InterviewView.withRecordOf(interviewCase.interview(interviewId));
    }

    /** Records a held interview; the case becomes ready for a decision when this was the last one open. */
    @Transactional
    public InterviewView complete(UUID interviewId, CompleteInterviewRequest request, String officer, Trace trace) {
        InterviewCase interviewCase = lockCaseOf(interviewId);
        Interview interview = interviewCase.interview(interviewId);
        Instant now = Instant.now(clock);
        interview.complete(new InterviewRecord(request.interviewer().strip(), request.interpreterLanguage(),
                request.durationMinutes(), request.summary().strip(), now, officer,
                request.guardianOrLegalRepresentative() == null ? null
                        : request.guardianOrLegalRepresentative().strip()), now);
        outbox.publish(new InterviewCompleted(EventMetadata.create(InterviewCompleted.class, interviewCase.id(), trace,
                now), interview.id(), interview.memberId(), now));
        interviewCase.becomeReadyIfComplete().ifPresent(interviewed -> outbox.publish(new CaseReadyForDecision(
                EventMetadata.create(CaseReadyForDecision.class, interviewCase.id(), trace, now), interviewed)));
        return InterviewView.withRecordOf(interview);
    }

    /** The member did not come. */
    @Transactional
    public InterviewView recordNoShow(UUID interviewId, Trace trace) {
        InterviewCase interviewCase = lockCaseOf(interviewId);
        Interview interview = interviewCase.interview(interviewId);
        Instant now = Instant.now(clock);
        interview.recordNoShow(now);
        outbox.publish(new InterviewNoShow(EventMetadata.create(InterviewNoShow.class, interviewCase.id(), trace, now),
                interview.id(), interview.memberId(), interview.scheduledAt()));
        return InterviewView.withRecordOf(interview);
    }

    /** Moves a scheduled or missed interview to the next free slot from the next business day. */
    @Transactional
    public InterviewView reschedule(UUID interviewId, String reason, Trace trace) {
        InterviewCase interviewCase = lockCaseOf(interviewId);
        interviewCase.requireOpen("rescheduled");
        Interview interview = interviewCase.interview(interviewId);
        interview.check(Action.RESCHEDULE);
        boolean afterNoShow = interview.status() == InterviewStatus.NO_SHOW;
        LocalDateTime previous = interview.scheduledAt();
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.now(clock);
        LocalDateTime slot = slots.bookOrRefuse(slots.at(interview.site(), today), interview.site(), today,
                interviewCase.priority());
        interview.rescheduleTo(slot, reason.strip(), now);
        outbox.publish(new InterviewRescheduled(EventMetadata.create(InterviewRescheduled.class, interviewCase.id(),
                trace, now), interview.id(), interview.memberId(), previous, slot, interview.site(), afterNoShow));
        return InterviewView.withRecordOf(interview);
    }

    /** ONPAR calls one member to an extension interview; the case waits for it before a decision. */
    @Transactional
    public InterviewView callExtension(UUID caseId, UUID memberId, String reason, String officer, Trace trace) {
        InterviewCase interviewCase = cases.lock(caseId).orElseThrow(() -> ProblemException.notFound("Case", caseId));
        interviewCase.checkExtensionFor(memberId);
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.now(clock);
        LocalDateTime slot = slots.bookOrRefuse(slots.at(interviewCase.intakeSite(), today),
                interviewCase.intakeSite(), today, interviewCase.priority());
        Interview interview = interviewCase.schedule(memberId, InterviewKind.EXTENSION, slot, reason.strip(), officer,
                now);
        outbox.publish(new ExtensionInterviewCalled(EventMetadata.create(ExtensionInterviewCalled.class, caseId, trace,
                now), interview.id(), memberId));
        publishScheduled(interview, trace, now);
        return InterviewView.withRecordOf(interview);
    }

    private void publishScheduled(Interview interview, Trace trace, Instant now) {
        outbox.publish(new InterviewScheduled(EventMetadata.create(InterviewScheduled.class, interview.caseId(), trace,
                now), interview.id(), interview.memberId(), interview.scheduledAt(), interview.site()));
    }

    private InterviewCase lockCaseOf(UUID interviewId) {
        UUID caseId = caseOf(interviewId);
        return cases.lock(caseId).orElseThrow(() -> ProblemException.notFound("Interview", interviewId));
    }

    private UUID caseOf(UUID interviewId) {
        return cases.caseOf(interviewId).orElseThrow(() -> ProblemException.notFound("Interview", interviewId));
    }
}
