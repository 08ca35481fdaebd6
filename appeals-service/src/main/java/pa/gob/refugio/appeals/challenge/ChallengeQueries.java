package pa.gob.refugio.appeals.challenge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import pa.gob.refugio.appeals.challenge.ChallengeViews.CaseSummaryView;
import pa.gob.refugio.appeals.challenge.ChallengeViews.ChallengesView;
import pa.gob.refugio.appeals.judicial.JudicialReviewRepository;
import pa.gob.refugio.appeals.judicial.JudicialReviewView;
import pa.gob.refugio.appeals.rules.AdministrativeRoute;
import pa.gob.refugio.rules.deadline.Deadlines;

/** What is read back about a case's challenges: windows, reconsiderations, appeals, the case summary sent. */
@ApplicationScoped
public class ChallengeQueries {

    private final WindowRepository windows;
    private final ReconsiderationRepository reconsiderations;
    private final AppealRepository appeals;
    private final JudicialReviewRepository judicialReviews;
    private final CaseSummaries summaries;
    private final ChallengeSupport support;

    ChallengeQueries(WindowRepository windows, ReconsiderationRepository reconsiderations, AppealRepository appeals,
                     JudicialReviewRepository judicialReviews, CaseSummaries summaries, ChallengeSupport support) {
        this.windows = windows;
        this.reconsiderations = reconsiderations;
        this.appeals = appeals;
        this.judicialReviews = judicialReviews;
        this.summaries = summaries;
        this.support = support;
    }

    @Transactional
    public ChallengesView challengesOf(UUID caseId) {
        Deadlines deadlines = support.deadlinesForCase(caseId);
        List<ChallengeWindow> ws = windows.ofCase(caseId);
        List<Appeal> as = appeals.ofCase(caseId);
        return new ChallengesView(caseId,
                AdministrativeRoute.exhausted(ws.stream().map(ChallengeWindow::status).toList(),
                        as.stream().filter(a -> a.notifiedOn() != null).map(Appeal::status).toList()),
                ws.stream().map(w -> ChallengeSupport.view(w, ChallengeSupport.deadlineOf(deadlines, w))).toList(),
                reconsiderations.ofCase(caseId).stream()
                        .map(r -> ChallengeSupport.view(r, ChallengeSupport.deadlineOf(deadlines, r.window())))
                        .toList(),
                as.stream().map(a -> ChallengeSupport.view(a, ChallengeSupport.deadlineOf(deadlines, a.window()),
                        summaries.idOf(a.id()).orElse(null))).toList(),
                judicialReviews.ofCase(caseId).stream().map(JudicialReviewView::of).toList());
    }

    /**
     * The decision of the case whose administrative route is exhausted (the Minister's denial notified, or a window
     * lapsed unused),
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
                        as.stream().filter(a -> a.decisionId().equals(d) && a.notifiedOn() != null)
                                .map(Appeal::status).toList()))
                .findFirst();
    }

    @Transactional
    public CaseSummaryView caseSummary(UUID appealId) {
        return summaries.read(appealId);
    }
}
