package pa.gob.refugio.appeals.challenge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;
import pa.gob.refugio.appeals.calendar.AppealsCalendar;
import pa.gob.refugio.appeals.challenge.ChallengeViews.AppealView;
import pa.gob.refugio.appeals.challenge.ChallengeViews.ChallengesView;
import pa.gob.refugio.appeals.challenge.ChallengeViews.ReconsiderationView;
import pa.gob.refugio.appeals.challenge.ChallengeViews.WindowView;
import pa.gob.refugio.appeals.judicial.JudicialReviewRepository;
import pa.gob.refugio.appeals.judicial.JudicialReviewView;
import pa.gob.refugio.appeals.rules.AdministrativeRoute;
import pa.gob.refugio.appeals.rules.AppealStatus;
import pa.gob.refugio.appeals.rules.ReconsiderationStatus;
import pa.gob.refugio.appeals.rules.WindowKind;
import pa.gob.refugio.appeals.rules.WindowStatus;
import pa.gob.refugio.appeals.summary.CaseSummary;
import pa.gob.refugio.appeals.summary.CaseSummaryBuilder;
import pa.gob.refugio.appeals.summary.CaseSummaryRepository;
import pa.gob.refugio.appeals.summary.StoredCaseSummary;
import pa.gob.refugio.appeals.timeline.CaseEvents;
import pa.gob.refugio.appeals.timeline.TimelineEntry;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.Trace;
import pa.gob.refugio.events.appeals.AppealDenied;
import pa.gob.refugio.events.appeals.AppealFiled;
import pa.gob.refugio.events.appeals.AppealGranted;
import pa.gob.refugio.events.appeals.AppealWindowOpened;
import pa.gob.refugio.events.appeals.AppealWindowOpenedV2;
import pa.gob.refugio.events.appeals.CaseSummarySent;
import pa.gob.refugio.events.appeals.ReconsiderationConfirmed;
import pa.gob.refugio.events.appeals.ReconsiderationFiled;
import pa.gob.refugio.events.appeals.ReconsiderationGranted;
import pa.gob.refugio.events.appeals.ReconsiderationWindowOpened;
import pa.gob.refugio.events.appeals.ReconsiderationWindowOpenedV2;
import pa.gob.refugio.events.decision.ApplicationNotAdmitted;
import pa.gob.refugio.events.decision.ApplicationNotAdmittedV2;
import pa.gob.refugio.events.decision.ResolutionNotified;
import pa.gob.refugio.events.decision.ResolutionNotifiedV2;
import pa.gob.refugio.events.decision.StatusRejected;
import pa.gob.refugio.kit.deadline.DeadlineView;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.rules.deadline.Deadline;
import pa.gob.refugio.rules.deadline.Deadlines;

/** The challenge use cases; one transaction each, events written to the outbox in the same transaction. */
@ApplicationScoped
public class ChallengeService {

    private static final Logger LOG = Logger.getLogger(ChallengeService.class);
    private static final Set<String> DECISION_EVENTS = Set.of("StatusRejected", "ApplicationNotAdmitted");

    private final WindowRepository windows;
    private final ReconsiderationRepository reconsiderations;
    private final AppealRepository appeals;
    private final CaseSummaryRepository summaries;
    private final JudicialReviewRepository judicialReviews;
    private final CaseEvents events;
    private final AppealsCalendar calendar;
    private final ObjectMapper json;
    private final Clock clock;
    @jakarta.inject.Inject
    DecisionMembers decisionMembers;

    public ChallengeService(WindowRepository windows, ReconsiderationRepository reconsiderations,
                            AppealRepository appeals, CaseSummaryRepository summaries,
                            JudicialReviewRepository judicialReviews, CaseEvents events, AppealsCalendar calendar,
                            ObjectMapper json, Clock clock) {
        this.windows = windows;
        this.reconsiderations = reconsiderations;
        this.appeals = appeals;
        this.summaries = summaries;
        this.judicialReviews = judicialReviews;
        this.events = events;
        this.calendar = calendar;
        this.json = json;
        this.clock = clock;
    }

    // ---- consumed from decision-service -------------------------------------------------------------------

    /** v1: the window's members are those of the decision as StatusRejected / ApplicationNotAdmitted v2 named them. */
    @Transactional
    public void onResolutionNotified(ResolutionNotified notified) {
        openReconsiderationWindow(notified, decisionMembers.of(notified.decisionId()));
    }

    /** v2 names the members notified: the window is theirs. */
    @Transactional
    public void onResolutionNotifiedV2(ResolutionNotifiedV2 notified) {
        if (notified.resolution() != null && notified.resolution().negative()) {
            decisionMembers.remember(notified.decisionId(), notified.memberIds());
        }
        openReconsiderationWindow(new ResolutionNotified(notified.metadata(), notified.decisionId(),
                notified.resolution(), notified.notifiedOn(), notified.channel()), notified.memberIds());
    }

    /** A negative resolution was notified: the reconsideration window opens. Positive ones are ignored. */
    private void openReconsiderationWindow(ResolutionNotified notified, List<UUID> memberIds) {
        if (notified.resolution() == null || !notified.resolution().negative()) {
            return;
        }
        if (windows.find(notified.decisionId(), WindowKind.RECONSIDERATION).isPresent()) {
            LOG.infof("Reconsideration window for decision %s already open; notification %s ignored",
                    notified.decisionId(), notified.eventId());
            return;
        }
        Deadline deadline = calendar.deadlinesForCase(notified.caseId()).reconsideration(notified.notifiedOn());
        ChallengeWindow window = ChallengeWindow.open(notified.caseId(), notified.decisionId(),
                WindowKind.RECONSIDERATION, notified.resolution().name(), null, notified.channel(), deadline, now());
        windows.persist(window.concerning(memberIds));
        events.consumed(notified, notified.decisionId(), notified.notifiedOn(),
                "Resolution " + notified.resolution() + " notified"
                        + (notified.channel() == null ? "" : " (" + notified.channel() + ")"));
        events.publish(memberIds.isEmpty()
                        ? new ReconsiderationWindowOpened(
                        meta(ReconsiderationWindowOpened.class, notified.caseId(), notified.metadata().causing()),
                        notified.decisionId(), notified.notifiedOn(), deadline.lastDay())
                        : new ReconsiderationWindowOpenedV2(
                        meta(ReconsiderationWindowOpenedV2.class, notified.caseId(), notified.metadata().causing()),
                        notified.decisionId(), memberIds, notified.notifiedOn(), deadline.lastDay()),
                notified.decisionId(), notified.notifiedOn(),
                "Reconsideration window open until " + deadline.lastDay());
    }

    @Transactional
    public void onStatusRejected(StatusRejected rejected) {
        decisionMembers.remember(rejected.decisionId(), rejected.memberIds());
        events.consumed(rejected, rejected.decisionId(), rejected.decidedOn(),
                "CONARE rejected the application for " + rejected.memberIds().size() + " member(s)");
    }

    @Transactional
    public void onApplicationNotAdmittedV2(ApplicationNotAdmittedV2 notAdmitted) {
        decisionMembers.remember(notAdmitted.decisionId(), notAdmitted.memberIds());
        events.consumed(notAdmitted, notAdmitted.decisionId(), notAdmitted.decidedOn(),
                "Application not admitted for " + notAdmitted.memberIds().size() + " member(s) (ground: "
                        + notAdmitted.ground() + ")");
    }

    @Transactional
    public void onApplicationNotAdmitted(ApplicationNotAdmitted notAdmitted) {
        events.consumed(notAdmitted, notAdmitted.decisionId(), notAdmitted.decidedOn(),
                "Application not admitted (ground: " + notAdmitted.ground() + ")");
    }

    // ---- reconsideration -----------------------------------------------------------------------------------

    @Transactional
    public ReconsiderationView fileReconsideration(UUID caseId, FilingRequest request, String officer, Trace trace) {
        LocalDate today = today();
        LocalDate filedOn = request.filedOn() != null ? request.filedOn() : today;
        ChallengeWindow window = windows.findForUpdate(request.decisionId(), WindowKind.RECONSIDERATION)
                .filter(w -> w.caseId().equals(caseId))
                .orElseThrow(() -> ProblemException.notFound("Reconsideration window of case " + caseId
                        + " for decision", request.decisionId()));
        Deadline deadline = calendar.deadlinesForCase(caseId).reconsideration(window.countedFrom());
        window.use(deadline, filedOn, today);
        Reconsideration r = Reconsideration.file(window, filedOn, request.grounds().strip(), officer);
        reconsiderations.persist(r);
        events.publish(new ReconsiderationFiled(meta(ReconsiderationFiled.class, caseId, trace), r.id(),
                        r.decisionId(), filedOn, deadline.lastDay()),
                r.decisionId(), filedOn, "Reconsideration filed at ONPAR, addressed to CONARE (last day "
                        + deadline.lastDay() + ")");
        return view(r, deadline);
    }

    @Transactional
    public ReconsiderationView decideReconsideration(UUID id, ReconsiderationStatus.Outcome outcome, String reasons,
                                                     LocalDate decidedOn, String member, Trace trace) {
        Reconsideration r = reconsiderations.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Reconsideration", id));
        LocalDate on = actDate(decidedOn, r.filedOn(), "decidedOn", "the filing");
        r.decide(outcome, reasons.strip(), on, member);
        DomainEvent event = outcome == ReconsiderationStatus.Outcome.GRANTED
                ? new ReconsiderationGranted(meta(ReconsiderationGranted.class, r.caseId(), trace), r.id(),
                r.decisionId(), on)
                : new ReconsiderationConfirmed(meta(ReconsiderationConfirmed.class, r.caseId(), trace), r.id(),
                r.decisionId(), on);
        events.publish(event, r.decisionId(), on, outcome == ReconsiderationStatus.Outcome.GRANTED
                ? "CONARE granted the reconsideration" : "CONARE confirmed the negative decision on reconsideration");
        return view(r, reconsiderationDeadline(r));
    }

    /** CONARE's confirmation was notified: the appeal window to the Minister opens. */
    @Transactional
    public WindowView notifyConfirmation(UUID reconsiderationId, LocalDate notifiedOn, String channel, Trace trace) {
        Reconsideration r = reconsiderations.findByIdOptional(reconsiderationId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Reconsideration", reconsiderationId));
        if (r.status() != ReconsiderationStatus.CONFIRMED) {
            throw ProblemException.illegalTransition("The reconsideration", r.status(),
                    "notified as a confirmation (only a CONFIRMED reconsideration opens the appeal window)");
        }
        if (windows.find(r.decisionId(), WindowKind.APPEAL).isPresent()) {
            throw ProblemException.conflict("already-notified", "Confirmation already notified",
                    "The confirmation of reconsideration " + reconsiderationId + " was already notified");
        }
        LocalDate on = actDate(notifiedOn, r.decidedOn(), "notifiedOn", "CONARE's decision");
        Deadline deadline = calendar.deadlinesForCase(r.caseId()).appeal(on);
        ChallengeWindow window = ChallengeWindow.open(r.caseId(), r.decisionId(), WindowKind.APPEAL,
                r.window().resolution(), r.id(), channel, deadline, now());
        List<UUID> memberIds = r.window().memberIds();
        windows.persist(window.concerning(memberIds));
        events.publish(memberIds.isEmpty()
                        ? new AppealWindowOpened(meta(AppealWindowOpened.class, r.caseId(), trace), r.id(),
                        r.decisionId(), on, deadline.lastDay())
                        : new AppealWindowOpenedV2(meta(AppealWindowOpenedV2.class, r.caseId(), trace), r.id(),
                        r.decisionId(), memberIds, on, deadline.lastDay()),
                r.decisionId(), on, "Confirmation notified (" + channel + "); appeal window open until "
                        + deadline.lastDay());
        return view(window, deadline);
    }

    // ---- appeal --------------------------------------------------------------------------------------------

    @Transactional
    public AppealView fileAppeal(UUID caseId, FilingRequest request, String officer, Trace trace) {
        LocalDate today = today();
        LocalDate filedOn = request.filedOn() != null ? request.filedOn() : today;
        ChallengeWindow window = windows.findForUpdate(request.decisionId(), WindowKind.APPEAL)
                .filter(w -> w.caseId().equals(caseId))
                .orElseThrow(() -> ProblemException.notFound("Appeal window of case " + caseId + " for decision",
                        request.decisionId()));
        Deadlines deadlines = calendar.deadlinesForCase(caseId);
        Deadline deadline = deadlines.appeal(window.countedFrom());
        window.use(deadline, filedOn, today);
        Appeal appeal = Appeal.file(window, filedOn, request.grounds().strip(), officer);
        appeals.persist(appeal);
        events.publish(new AppealFiled(meta(AppealFiled.class, caseId, trace), appeal.id(), appeal.decisionId(),
                        filedOn, deadline.lastDay()),
                appeal.decisionId(), filedOn, "Appeal filed at ONPAR, addressed to the Minister of Government (last day "
                        + deadline.lastDay() + ")");
        StoredCaseSummary summary = sendCaseSummary(appeal, deadlines, today);
        events.publish(new CaseSummarySent(meta(CaseSummarySent.class, caseId, trace), appeal.id(),
                        appeal.decisionId(), summary.id(), today),
                appeal.decisionId(), today, "ONPAR sent the case summary to the Ministry of Government");
        return view(appeal, deadline, summary.id());
    }

    @Transactional
    public AppealView decideAppeal(UUID id, AppealStatus.Outcome outcome, String reasons, LocalDate decidedOn,
                                   String minister, Trace trace) {
        Appeal appeal = appeals.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Appeal", id));
        LocalDate on = actDate(decidedOn, appeal.filedOn(), "decidedOn", "the filing");
        appeal.decide(outcome, reasons.strip(), on, minister);
        DomainEvent event = outcome == AppealStatus.Outcome.GRANTED
                ? new AppealGranted(meta(AppealGranted.class, appeal.caseId(), trace), appeal.id(), appeal.decisionId(), on)
                : new AppealDenied(meta(AppealDenied.class, appeal.caseId(), trace), appeal.id(), appeal.decisionId(), on);
        events.publish(event, appeal.decisionId(), on, outcome == AppealStatus.Outcome.GRANTED
                ? "The Minister granted the appeal"
                : "The Minister denied the appeal: the administrative route is exhausted");
        return view(appeal, calendar.deadlinesForCase(appeal.caseId()).appeal(appeal.window().countedFrom()),
                summaries.ofAppeal(appeal.id()).map(StoredCaseSummary::id).orElse(null));
    }

    @Transactional
    public CaseSummaryView caseSummary(UUID appealId) {
        StoredCaseSummary stored = summaries.ofAppeal(appealId)
                .orElseThrow(() -> ProblemException.notFound("Case summary of appeal", appealId));
        try {
            return new CaseSummaryView(stored.id(), stored.appealId(), stored.sentOn(), "Ministry of Government",
                    json.readValue(stored.content(), CaseSummary.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored case summary " + stored.id() + " is unreadable", e);
        }
    }

    // ---- queries -------------------------------------------------------------------------------------------

    @Transactional
    public ChallengesView challengesOf(UUID caseId) {
        Deadlines deadlines = calendar.deadlinesForCase(caseId);
        List<ChallengeWindow> ws = windows.ofCase(caseId);
        List<Appeal> as = appeals.ofCase(caseId);
        return new ChallengesView(caseId,
                AdministrativeRoute.exhausted(ws.stream().map(ChallengeWindow::status).toList(),
                        as.stream().map(Appeal::status).toList()),
                ws.stream().map(w -> view(w, deadlineOf(deadlines, w))).toList(),
                reconsiderations.ofCase(caseId).stream()
                        .map(r -> view(r, deadlines.reconsideration(r.window().countedFrom()))).toList(),
                as.stream().map(a -> view(a, deadlines.appeal(a.window().countedFrom()),
                        summaries.ofAppeal(a.id()).map(StoredCaseSummary::id).orElse(null))).toList(),
                judicialReviews.ofCase(caseId).stream().map(JudicialReviewView::of).toList());
    }

    /**
     * The decision of the case whose administrative route is exhausted (appeal denied, or a window lapsed unused),
     * if any: only then may a judicial review be recorded.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<UUID> exhaustedDecision(UUID caseId, UUID decisionId) {
        List<ChallengeWindow> ws = windows.ofCase(caseId);
        List<Appeal> as = appeals.ofCase(caseId);
        return ws.stream().map(ChallengeWindow::decisionId).distinct()
                .filter(d -> decisionId == null || d.equals(decisionId))
                .filter(d -> AdministrativeRoute.exhausted(
                        ws.stream().filter(w -> w.decisionId().equals(d)).map(ChallengeWindow::status).toList(),
                        as.stream().filter(a -> a.decisionId().equals(d)).map(Appeal::status).toList()))
                .findFirst();
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private StoredCaseSummary sendCaseSummary(Appeal appeal, Deadlines deadlines, LocalDate today) {
        CaseSummaryBuilder builder = new CaseSummaryBuilder(appeal.caseId(), appeal.id(), appeal.decisionId(), today);
        List<TimelineEntry> timeline = events.of(appeal.caseId());
        boolean decisionRecorded = false;
        for (TimelineEntry t : timeline) {
            builder.event(t.occurredOn(), t.eventType(), t.detail());
            if (DECISION_EVENTS.contains(t.eventType())) {
                decisionRecorded |= appeal.decisionId().equals(t.decisionId());
                builder.decision(t.occurredOn(), t.decisionId(),
                        t.eventType().equals("StatusRejected") ? "CONARE" : "Admissibility",
                        t.eventType().equals("StatusRejected") ? "rejected" : "not admitted");
            }
        }
        List<ChallengeWindow> ws = new ArrayList<>(windows.ofCase(appeal.caseId()));
        for (ChallengeWindow w : ws) {
            if (!w.decisionId().equals(appeal.decisionId())) {
                continue;
            }
            if (w.kind() == WindowKind.RECONSIDERATION && !decisionRecorded) {
                builder.decision(w.notifiedOn(), w.decisionId(), "Resolution as notified", w.resolution());
            }
            builder.deadline(deadlineOf(deadlines, w), w.status() == WindowStatus.USED ? w.closedOn() : null);
        }
        for (Reconsideration r : reconsiderations.ofCase(appeal.caseId())) {
            if (r.decisionId().equals(appeal.decisionId()) && r.status().isDecided()) {
                builder.decision(r.decidedOn(), r.decisionId(), "CONARE on reconsideration",
                        r.status() == ReconsiderationStatus.CONFIRMED ? "confirmed" : "granted");
            }
        }
        try {
            StoredCaseSummary stored = new StoredCaseSummary(appeal.id(), appeal.caseId(), today,
                    json.writeValueAsString(builder.build()));
            summaries.persist(stored);
            return stored;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the case summary", e);
        }
    }

    private Deadline reconsiderationDeadline(Reconsideration r) {
        return calendar.deadlinesForCase(r.caseId()).reconsideration(r.window().countedFrom());
    }

    private static Deadline deadlineOf(Deadlines deadlines, ChallengeWindow w) {
        return w.kind() == WindowKind.RECONSIDERATION ? deadlines.reconsideration(w.countedFrom())
                : deadlines.appeal(w.countedFrom());
    }

    /** The date of an act: given or today; never in the future nor before what it follows. */
    private LocalDate actDate(LocalDate given, LocalDate notBefore, String field, String what) {
        LocalDate today = today();
        LocalDate on = given != null ? given : today;
        if (on.isAfter(today)) {
            throw ProblemException.ruleViolated("date-in-the-future", "Date in the future",
                    field + " " + on + " is after today, " + today).with("field", field);
        }
        if (notBefore != null && on.isBefore(notBefore)) {
            throw ProblemException.ruleViolated("date-out-of-order", "Date out of order",
                    field + " " + on + " is before " + what + " (" + notBefore + ")").with("field", field);
        }
        return on;
    }

    private static WindowView view(ChallengeWindow w, Deadline d) {
        return new WindowView(w.id(), w.kind().name(), w.decisionId(), w.resolution(), w.reconsiderationId(),
                w.notifiedOn(), w.notificationChannel(), w.lastDay(), w.status().name(), w.closedOn(),
                DeadlineView.of(d));
    }

    private static ReconsiderationView view(Reconsideration r, Deadline d) {
        return new ReconsiderationView(r.id(), r.caseId(), r.decisionId(), r.filedOn(), DeadlineView.of(d),
                r.status().name(), r.decidedOn(), r.reasons());
    }

    private static AppealView view(Appeal a, Deadline d, UUID summaryId) {
        return new AppealView(a.id(), a.caseId(), a.decisionId(), a.reconsiderationId(), a.filedOn(),
                DeadlineView.of(d), a.status().name(), a.decidedOn(), a.reasons(), summaryId);
    }

    private EventMetadata meta(Class<? extends DomainEvent> type, UUID caseId, Trace trace) {
        return EventMetadata.create(type, caseId, trace, now());
    }

    private Instant now() {
        return Instant.now(clock);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A reconsideration or an appeal as ONPAR files it. */
    public record FilingRequest(UUID decisionId, LocalDate filedOn, String grounds) {
    }

    /** The case summary sent to the Ministry with an appeal. */
    public record CaseSummaryView(UUID summaryId, UUID appealId, LocalDate sentOn, String sentTo, CaseSummary summary) {
    }
}
