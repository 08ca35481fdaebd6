package pa.gob.refugio.appeals.challenge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import pa.gob.refugio.appeals.challenge.ChallengeViews.ReconsiderationView;
import pa.gob.refugio.appeals.challenge.ChallengeViews.WindowView;
import pa.gob.refugio.appeals.rules.ReconsiderationStatus;
import pa.gob.refugio.appeals.rules.WindowKind;
import pa.gob.refugio.appeals.timeline.CaseEvents;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.Trace;
import pa.gob.refugio.events.appeals.AppealWindowOpened;
import pa.gob.refugio.events.appeals.AppealWindowOpenedV2;
import pa.gob.refugio.events.appeals.ReconsiderationConfirmed;
import pa.gob.refugio.events.appeals.ReconsiderationFiled;
import pa.gob.refugio.events.appeals.ReconsiderationGranted;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.kit.problem.Texts;
import pa.gob.refugio.rules.deadline.Deadline;

/** Reconsiderations addressed to CONARE: filed, decided, and a confirmation notified opens the appeal window. */
@ApplicationScoped
public class ReconsiderationService {

    private final WindowRepository windows;
    private final ReconsiderationRepository reconsiderations;
    private final CaseEvents events;
    private final ChallengeSupport support;

    ReconsiderationService(WindowRepository windows, ReconsiderationRepository reconsiderations, CaseEvents events,
                           ChallengeSupport support) {
        this.windows = windows;
        this.reconsiderations = reconsiderations;
        this.events = events;
        this.support = support;
    }

    @Transactional
    public ReconsiderationView file(UUID caseId, FilingRequest request, String officer, Trace trace) {
        LocalDate today = support.today();
        LocalDate filedOn = request.filedOn() != null ? request.filedOn() : today;
        ChallengeWindow window = windows.findForUpdate(request.decisionId(), WindowKind.RECONSIDERATION)
                .filter(w -> w.caseId().equals(caseId))
                .orElseThrow(() -> ProblemException.notFound("Reconsideration window of case " + caseId
                        + " for decision", request.decisionId()));
        Deadline deadline = support.deadlineOf(window);
        window.use(deadline, filedOn, today);
        Reconsideration r = Reconsideration.file(window, filedOn, request.grounds().strip(), officer);
        reconsiderations.persist(r);
        events.publish(new ReconsiderationFiled(support.meta(ReconsiderationFiled.class, caseId, trace), r.id(),
                        r.decisionId(), filedOn, deadline.lastDay()),
                r.decisionId(), filedOn, "Reconsideration filed at ONPAR, addressed to CONARE (last day "
                        + deadline.lastDay() + ")");
        return ChallengeSupport.view(r, deadline);
    }

    @Transactional
    public ReconsiderationView decide(UUID id, ReconsiderationStatus.Outcome outcome, String reasons,
                                      LocalDate decidedOn, String member, Trace trace) {
        Reconsideration r = reconsiderations.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Reconsideration", id));
        LocalDate on = support.actDate(decidedOn, r.filedOn(), "decidedOn", "the filing");
        r.decide(outcome, reasons.strip(), on, member);
        DomainEvent event = outcome == ReconsiderationStatus.Outcome.GRANTED
                ? new ReconsiderationGranted(support.meta(ReconsiderationGranted.class, r.caseId(), trace), r.id(),
                r.decisionId(), on)
                : new ReconsiderationConfirmed(support.meta(ReconsiderationConfirmed.class, r.caseId(), trace),
                r.id(), r.decisionId(), on);
        events.publish(event, r.decisionId(), on, outcome == ReconsiderationStatus.Outcome.GRANTED
                ? "CONARE granted the reconsideration" : "CONARE confirmed the negative decision on reconsideration");
        return ChallengeSupport.view(r, support.deadlineOf(r.window()));
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
            throw ProblemException.conflict("already-notified",
                    Texts.of("Confirmación ya notificada", "Confirmation already notified"),
                    Texts.of("La confirmación de la reconsideración " + reconsiderationId + " ya se notificó",
                            "The confirmation of reconsideration " + reconsiderationId + " was already notified"));
        }
        LocalDate on = support.actDate(notifiedOn, r.decidedOn(), "notifiedOn", "CONARE's decision");
        Deadline deadline = support.deadlinesForCase(r.caseId()).appeal(on);
        ChallengeWindow window = ChallengeWindow.open(r.caseId(), r.decisionId(), WindowKind.APPEAL,
                r.window().resolution(), r.id(), channel, deadline, support.now());
        List<UUID> memberIds = r.window().memberIds();
        windows.persist(window.concerning(memberIds));
        events.publish(memberIds.isEmpty()
                        ? new AppealWindowOpened(support.meta(AppealWindowOpened.class, r.caseId(), trace), r.id(),
                        r.decisionId(), on, deadline.lastDay())
                        : new AppealWindowOpenedV2(support.meta(AppealWindowOpenedV2.class, r.caseId(), trace),
                        r.id(), r.decisionId(), memberIds, on, deadline.lastDay()),
                r.decisionId(), on, "Confirmation notified (" + channel + "); appeal window open until "
                        + deadline.lastDay());
        return ChallengeSupport.view(window, deadline);
    }
}
