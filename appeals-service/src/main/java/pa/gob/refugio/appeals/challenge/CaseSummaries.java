package pa.gob.refugio.appeals.challenge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import pa.gob.refugio.appeals.challenge.ChallengeViews.CaseSummaryView;
import pa.gob.refugio.appeals.rules.ReconsiderationStatus;
import pa.gob.refugio.appeals.rules.WindowKind;
import pa.gob.refugio.appeals.rules.WindowStatus;
import pa.gob.refugio.appeals.summary.CaseSummary;
import pa.gob.refugio.appeals.summary.CaseSummaryBuilder;
import pa.gob.refugio.appeals.summary.CaseSummaryRepository;
import pa.gob.refugio.appeals.summary.StoredCaseSummary;
import pa.gob.refugio.appeals.timeline.CaseEvents;
import pa.gob.refugio.appeals.timeline.TimelineEntry;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.rules.deadline.Deadlines;

/** The case summary ONPAR sends the Ministry with an appeal: written once when filed, read back as sent. */
@ApplicationScoped
class CaseSummaries {

    private static final Set<String> DECISION_EVENTS = Set.of("StatusRejected", "ApplicationNotAdmitted");

    private final CaseSummaryRepository summaries;
    private final WindowRepository windows;
    private final ReconsiderationRepository reconsiderations;
    private final CaseEvents events;
    private final ObjectMapper json;

    CaseSummaries(CaseSummaryRepository summaries, WindowRepository windows,
                  ReconsiderationRepository reconsiderations, CaseEvents events, ObjectMapper json) {
        this.summaries = summaries;
        this.windows = windows;
        this.reconsiderations = reconsiderations;
        this.events = events;
        this.json = json;
    }

    Optional<UUID> idOf(UUID appealId) {
        return summaries.ofAppeal(appealId).map(StoredCaseSummary::id);
    }

    CaseSummaryView read(UUID appealId) {
        StoredCaseSummary stored = summaries.ofAppeal(appealId)
                .orElseThrow(() -> ProblemException.notFound("Case summary of appeal", appealId));
        try {
            return new CaseSummaryView(stored.id(), stored.appealId(), stored.sentOn(), "Ministry of Government",
                    json.readValue(stored.content(), CaseSummary.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored case summary " + stored.id() + " is unreadable", e);
        }
    }

    StoredCaseSummary send(Appeal appeal, Deadlines deadlines, LocalDate today) {
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
        for (ChallengeWindow w : windows.ofCase(appeal.caseId())) {
            if (!w.decisionId().equals(appeal.decisionId())) {
                continue;
            }
            if (w.kind() == WindowKind.RECONSIDERATION && !decisionRecorded) {
                builder.decision(w.notifiedOn(), w.decisionId(), "Resolution as notified", w.resolution());
            }
            builder.deadline(ChallengeSupport.deadlineOf(deadlines, w),
                    w.status() == WindowStatus.USED ? w.closedOn() : null);
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
}
