package pa.gob.refugio.appeals.challenge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import pa.gob.refugio.appeals.challenge.ChallengeViews.AppealView;
import pa.gob.refugio.appeals.rules.AppealStatus;
import pa.gob.refugio.appeals.rules.WindowKind;
import pa.gob.refugio.appeals.summary.StoredCaseSummary;
import pa.gob.refugio.appeals.timeline.CaseEvents;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.Trace;
import pa.gob.refugio.events.appeals.AppealDecisionNotified;
import pa.gob.refugio.events.appeals.AppealDenied;
import pa.gob.refugio.events.appeals.AppealFiled;
import pa.gob.refugio.events.appeals.AppealGranted;
import pa.gob.refugio.events.appeals.CaseSummarySent;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.kit.problem.Texts;
import pa.gob.refugio.rules.deadline.Deadline;
import pa.gob.refugio.rules.deadline.Deadlines;

/** Appeals addressed to the Minister of Government: filed (the case summary goes with them) and decided. */
@ApplicationScoped
public class AppealService {

    private static final Logger LOG = Logger.getLogger(AppealService.class);

    private final WindowRepository windows;
    private final AppealRepository appeals;
    private final CaseSummaries summaries;
    private final CaseEvents events;
    private final ChallengeSupport support;
    private final DecisionMembers decisionMembers;

    AppealService(WindowRepository windows, AppealRepository appeals, CaseSummaries summaries, CaseEvents events,
                  ChallengeSupport support, DecisionMembers decisionMembers) {
        this.decisionMembers = decisionMembers;
        this.windows = windows;
        this.appeals = appeals;
        this.summaries = summaries;
        this.events = events;
        this.support = support;
    }

    @Transactional
    public AppealView file(UUID caseId, FilingRequest request, String officer, Trace trace) {
        LocalDate today = support.today();
        LocalDate filedOn = request.filedOn() != null ? request.filedOn() : today;
        ChallengeWindow window = windows.findForUpdate(request.decisionId(), WindowKind.APPEAL)
                .filter(w -> w.caseId().equals(caseId))
                .orElseThrow(() -> ProblemException.notFound("Appeal window of case " + caseId + " for decision",
                        request.decisionId()));
        Deadlines deadlines = support.deadlinesForCase(caseId);
        Deadline deadline = ChallengeSupport.deadlineOf(deadlines, window);
        window.use(deadline, filedOn, today);
        Appeal appeal = Appeal.file(window, filedOn, request.grounds().strip(), officer);
        appeals.persist(appeal);
        events.publish(new AppealFiled(support.meta(AppealFiled.class, caseId, trace), appeal.id(),
                        appeal.decisionId(), filedOn, deadline.lastDay()),
                appeal.decisionId(), filedOn, "Appeal filed at ONPAR, addressed to the Minister of Government (last day "
                        + deadline.lastDay() + ")");
        StoredCaseSummary summary = summaries.send(appeal, deadlines, today);
        events.publish(new CaseSummarySent(support.meta(CaseSummarySent.class, caseId, trace), appeal.id(),
                        appeal.decisionId(), summary.id(), today),
                appeal.decisionId(), today, "ONPAR sent the case summary to the Ministry of Government");
        return ChallengeSupport.view(appeal, deadline, summary.id());
    }

    /**
     * The Minister's decision on the appeal was notified (date and channel): AppealDecisionNotified names the
     * window's members; the administrative route ends here (a judicial review may be recorded after it).
     */
    @Transactional
    public AppealView notifyDecision(UUID id, LocalDate notifiedOn, String channel, String officer, Trace trace) {
        Appeal appeal = appeals.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Appeal", id));
        if (appeal.decidedOn() != null && notifiedOn.isBefore(appeal.decidedOn())) {
            throw ProblemException.ruleViolated("notified-before-the-ministers-decision",
                            Texts.of("Notificación anterior a la decisión", "Notified before the decision"),
                            Texts.of("La fecha de notificación " + notifiedOn + " es anterior a la decisión del "
                                            + "Ministro (" + appeal.decidedOn() + ")",
                                    "notifiedOn " + notifiedOn + " is before the Minister's decision ("
                                            + appeal.decidedOn() + ")"))
                    .with("decidedOn", appeal.decidedOn().toString());
        }
        if (notifiedOn.isAfter(support.today())) {
            throw ProblemException.ruleViolated("notified-in-the-future",
                            Texts.of("Fecha de notificación futura", "Notification date in the future"),
                            Texts.of("La fecha de notificación " + notifiedOn + " es posterior a hoy ("
                                            + support.today() + ", Panamá)",
                                    "notifiedOn " + notifiedOn + " is after today (" + support.today()
                                            + ", Panama)"))
                    .with("today", support.today().toString());
        }
        appeal.decisionNotified(notifiedOn, channel, officer);
        List<UUID> members = appeal.window().memberIds().isEmpty() ? decisionMembers.of(appeal.decisionId())
                : appeal.window().memberIds();
        String detail = "The Minister's decision (" + appeal.status() + ") was notified (" + channel
                + "): the administrative route ends";
        if (members.isEmpty()) { // a window opened before the members were known (v1): nothing names them
            LOG.warnf("Appeal %s of case %s: no member known; the notification is recorded without an event",
                    appeal.id(), appeal.caseId());
        } else {
            events.publish(new AppealDecisionNotified(support.meta(AppealDecisionNotified.class, appeal.caseId(),
                            trace), appeal.id(), appeal.decisionId(), members, notifiedOn, channel),
                    appeal.decisionId(), notifiedOn, detail);
        }
        return ChallengeSupport.view(appeal, support.deadlineOf(appeal.window()),
                summaries.idOf(appeal.id()).orElse(null));
    }

    @Transactional
    public AppealView decide(UUID id, AppealStatus.Outcome outcome, String reasons, LocalDate decidedOn,
                             String minister, Trace trace) {
        Appeal appeal = appeals.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Appeal", id));
        LocalDate on = support.actDate(decidedOn, appeal.filedOn(), "decidedOn", "the filing");
        appeal.decide(outcome, reasons.strip(), on, minister);
        DomainEvent event = outcome == AppealStatus.Outcome.GRANTED
                ? new AppealGranted(support.meta(AppealGranted.class, appeal.caseId(), trace), appeal.id(),
                appeal.decisionId(), on)
                : new AppealDenied(support.meta(AppealDenied.class, appeal.caseId(), trace), appeal.id(),
                appeal.decisionId(), on);
        events.publish(event, appeal.decisionId(), on, outcome == AppealStatus.Outcome.GRANTED
                ? "The Minister granted the appeal"
                : "The Minister denied the appeal: the administrative route is exhausted");
        return ChallengeSupport.view(appeal, support.deadlineOf(appeal.window()),
                summaries.idOf(appeal.id()).orElse(null));
    }
}
