package pa.gob.refugio.appeals.challenge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.UUID;
import pa.gob.refugio.appeals.challenge.ChallengeViews.AppealView;
import pa.gob.refugio.appeals.rules.AppealStatus;
import pa.gob.refugio.appeals.rules.WindowKind;
import pa.gob.refugio.appeals.summary.StoredCaseSummary;
import pa.gob.refugio.appeals.timeline.CaseEvents;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.Trace;
import pa.gob.refugio.events.appeals.AppealDenied;
import pa.gob.refugio.events.appeals.AppealFiled;
import pa.gob.refugio.events.appeals.AppealGranted;
import pa.gob.refugio.events.appeals.CaseSummarySent;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.rules.deadline.Deadline;
import pa.gob.refugio.rules.deadline.Deadlines;

/** Appeals addressed to the Minister of Government: filed (the case summary goes with them) and decided. */
@ApplicationScoped
public class AppealService {

    private final WindowRepository windows;
    private final AppealRepository appeals;
    private final CaseSummaries summaries;
    private final CaseEvents events;
    private final ChallengeSupport support;

    AppealService(WindowRepository windows, AppealRepository appeals, CaseSummaries summaries, CaseEvents events,
                  ChallengeSupport support) {
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
