package pa.gob.refugio.appeals.challenge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import pa.gob.refugio.appeals.calendar.AppealsCalendar;
import pa.gob.refugio.appeals.challenge.ChallengeViews.AppealView;
import pa.gob.refugio.appeals.challenge.ChallengeViews.ReconsiderationView;
import pa.gob.refugio.appeals.challenge.ChallengeViews.WindowView;
import pa.gob.refugio.appeals.challenge.LegalDateRepositories.PaperReceipts;
import pa.gob.refugio.appeals.challenge.LegalDateRepositories.Reinstatements;
import pa.gob.refugio.appeals.rules.PaperFiling;
import pa.gob.refugio.appeals.rules.WindowKind;
import pa.gob.refugio.appeals.timeline.CaseEvents;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.Trace;
import pa.gob.refugio.events.appeals.ChallengeWindowReinstated;
import pa.gob.refugio.kit.audit.CaseScoped;
import pa.gob.refugio.kit.deadline.DeadlineView;
import pa.gob.refugio.kit.problem.Problem.FieldError;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.kit.problem.Texts;
import pa.gob.refugio.rules.deadline.Deadline;
import pa.gob.refugio.rules.deadline.Deadlines;

/**
 * Filings as ONPAR keys them in, on paper or not, and the undoing of a lapse: a filing received on paper within its
 * window is accepted even after the window lapsed (the window is reinstated, then used by the filing); a supervisor
 * may reinstate a window that lapsed in error, with its legal ground. Either way {@code ChallengeWindowReinstated}
 * tells decision-service to reverse the final rejection (and SNM then reinstates the provisional IDs).
 */
@ApplicationScoped
public class Filings {

    private final WindowRepository windows;
    private final ReconsiderationService reconsiderationService;
    private final AppealService appealService;
    private final PaperReceipts receipts;
    private final Reinstatements reinstatements;
    private final CaseEvents events;
    private final AppealsCalendar calendar;
    private final Clock clock;

    public Filings(WindowRepository windows, ReconsiderationService reconsiderationService,
                   AppealService appealService, PaperReceipts receipts,
                   Reinstatements reinstatements, CaseEvents events, AppealsCalendar calendar, Clock clock) {
        this.windows = windows;
        this.reconsiderationService = reconsiderationService;
        this.appealService = appealService;
        this.receipts = receipts;
        this.reinstatements = reinstatements;
        this.events = events;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Transactional
    public ReconsiderationView fileReconsideration(UUID caseId, Requests.File request, String officer, Trace trace) {
        boolean undid = undoLapseForPaper(caseId, request, WindowKind.RECONSIDERATION, officer, trace);
        ReconsiderationView filed = reconsiderationService.file(caseId, request.toFiling(), officer, trace);
        keepReceipt(caseId, request, WindowKind.RECONSIDERATION, filed.reconsiderationId(), undid, officer);
        return filed;
    }

    @Transactional
    public AppealView fileAppeal(UUID caseId, Requests.File request, String officer, Trace trace) {
        boolean undid = undoLapseForPaper(caseId, request, WindowKind.APPEAL, officer, trace);
        AppealView filed = appealService.file(caseId, request.toFiling(), officer, trace);
        keepReceipt(caseId, request, WindowKind.APPEAL, filed.appealId(), undid, officer);
        return filed;
    }

    /**
     * A supervisor reinstates a window that lapsed in error: OPEN again, its business days counted afresh from today,
     * with the legal ground recorded (encrypted). 409 unless the window LAPSED.
     */
    @Transactional
    public WindowView reinstate(UUID windowId, String legalGround, String supervisor, Trace trace) {
        ChallengeWindow window = windows.findByIdOptional(windowId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Challenge window", windowId));
        LocalDate today = today();
        LocalDate previous = window.lastDay();
        Deadline fresh = deadline(window.caseId(), window.kind(), today);
        window.reinstate(today, fresh.lastDay());
        reinstatements.persist(new WindowReinstatement(window, ChallengeWindowReinstated.Cause.SUPERVISOR,
                legalGround.strip(), previous, today, supervisor, now()));
        events.publish(new ChallengeWindowReinstated(
                        EventMetadata.create(ChallengeWindowReinstated.class, window.caseId(), trace, now()),
                        window.decisionId(), window.memberIds(), window.kind().asEventWindow(),
                        ChallengeWindowReinstated.Cause.SUPERVISOR, previous, window.lastDay(), today),
                window.decisionId(), today, "A supervisor reinstated the " + window.kind().label()
                        + " window, which lapsed in error on " + previous + "; open until " + window.lastDay());
        return new WindowView(window.id(), window.kind().name(), window.decisionId(), window.resolution(),
                window.reconsiderationId(), window.notifiedOn(), window.notificationChannel(), window.lastDay(),
                window.status().name(), window.closedOn(), DeadlineView.of(fresh));
    }

    /** The paper receipts and reinstatements of a case. */
    @Transactional
    public LegalDatesView legalDatesOf(UUID caseId, List<BackDatedChallengeEntryView> entries) {
        return new LegalDatesView(caseId, entries,
                receipts.ofCase(caseId).stream().map(PaperReceipt::view).toList(),
                reinstatements.ofCase(caseId).stream().map(WindowReinstatement::view).toList());
    }

    /** Back-dated entries, paper receipts and reinstatements of a case. */
    public record LegalDatesView(UUID caseId, List<BackDatedChallengeEntryView> backDatedEntries,
                                 List<PaperReceipt.View> paperReceipts, List<WindowReinstatement.View> reinstatements)
                                         implements CaseScoped {
        @Override
        public UUID auditCaseId() {
            return caseId;
        }
    }

    /** True when the window had lapsed and was reinstated for this paper filing. */
    private boolean undoLapseForPaper(UUID caseId, Requests.File request, WindowKind kind, String officer,
                                      Trace trace) {
        Requests.PaperReceipt paper = request.paperReceipt();
        if (paper == null) {
            return false;
        }
        if (request.filedOn() != null && !request.filedOn().equals(paper.receivedOn())) {
            String reason = "a paper filing is dated by its receipt: leave filedOn out or equal to receivedOn";
            throw ProblemException.of(400, "validation", Texts.of("La solicitud no es válida", "The request is not valid"),
                            Texts.of("filedOn: " + reason, "filedOn: " + reason))
                    .with("errors", List.of(new FieldError("filedOn", reason)));
        }
        Optional<ChallengeWindow> found = windows.findForUpdate(request.decisionId(), kind)
                .filter(w -> w.caseId().equals(caseId));
        if (found.isEmpty()) {
            return false; // the filing answers 404
        }
        ChallengeWindow window = found.get();
        LocalDate today = today();
        if (!PaperFiling.undoesLapse(window.status(), deadline(window.caseId(), kind, window.countedFrom()), paper.receivedOn(),
                today)) {
            return false;
        }
        LocalDate previous = window.lastDay();
        window.reinstateForPaperFiling();
        reinstatements.persist(new WindowReinstatement(window, ChallengeWindowReinstated.Cause.PAPER_FILING,
                "Paper receipt " + paper.reference() + " received on " + paper.receivedOn(), previous, today,
                officer, now()));
        events.publish(new ChallengeWindowReinstated(
                        EventMetadata.create(ChallengeWindowReinstated.class, caseId, trace, now()),
                        window.decisionId(), window.memberIds(), kind.asEventWindow(),
                        ChallengeWindowReinstated.Cause.PAPER_FILING, previous, window.lastDay(), today),
                window.decisionId(), today, "The " + kind.label() + " window, lapsed, was reinstated: a filing "
                        + "received on paper on " + paper.receivedOn() + " (receipt " + paper.reference()
                        + ") was keyed in after the lapse");
        return true;
    }

    private void keepReceipt(UUID caseId, Requests.File request, WindowKind kind, UUID filingId, boolean undid,
                             String officer) {
        Requests.PaperReceipt paper = request.paperReceipt();
        if (paper != null) {
            receipts.persist(new PaperReceipt(caseId, request.decisionId(), kind, filingId, paper.reference().strip(),
                    paper.receivedOn(), today(), officer, undid));
        }
    }

    private Deadline deadline(UUID caseId, WindowKind kind, LocalDate from) {
        Deadlines deadlines = calendar.deadlinesForCase(caseId); // counted for the case's intake site
        return kind == WindowKind.RECONSIDERATION ? deadlines.reconsideration(from) : deadlines.appeal(from);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
