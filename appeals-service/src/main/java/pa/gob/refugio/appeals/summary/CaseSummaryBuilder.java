package pa.gob.refugio.appeals.summary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import pa.gob.refugio.appeals.summary.CaseSummary.DeadlineEntry;
import pa.gob.refugio.appeals.summary.CaseSummary.DecisionEntry;
import pa.gob.refugio.appeals.summary.CaseSummary.TimelineEntry;
import pa.gob.refugio.rules.deadline.Deadline;

/** Builds the {@link CaseSummary} from the case's decisions, its events and its deadlines. Plain Java, not thread-safe. */
public final class CaseSummaryBuilder {

    private final UUID caseId;
    private final UUID appealId;
    private final UUID decisionId;
    private final LocalDate preparedOn;
    private final List<DecisionEntry> decisions = new ArrayList<>();
    private final List<TimelineEntry> timeline = new ArrayList<>();
    private final List<DeadlineEntry> deadlines = new ArrayList<>();

    public CaseSummaryBuilder(UUID caseId, UUID appealId, UUID decisionId, LocalDate preparedOn) {
        this.caseId = Objects.requireNonNull(caseId, "caseId");
        this.appealId = Objects.requireNonNull(appealId, "appealId");
        this.decisionId = Objects.requireNonNull(decisionId, "decisionId");
        this.preparedOn = Objects.requireNonNull(preparedOn, "preparedOn");
    }

    public CaseSummaryBuilder decision(LocalDate on, UUID decisionId, String body, String outcome) {
        decisions.add(new DecisionEntry(on, decisionId, body, outcome));
        return this;
    }

    public CaseSummaryBuilder event(LocalDate on, String event, String detail) {
        timeline.add(new TimelineEntry(on, event, detail));
        return this;
    }

    /** A deadline and the day the act it limits was done (null if not done). */
    public CaseSummaryBuilder deadline(Deadline deadline, LocalDate actedOn) {
        deadlines.add(new DeadlineEntry(deadline.name(), deadline.triggeredOn(), deadline.lastDay(), actedOn,
                actedOn != null && deadline.isMetBy(actedOn), deadline.legalBasis()));
        return this;
    }

    public CaseSummary build() {
        List<DecisionEntry> sortedDecisions = new ArrayList<>(decisions);
        sortedDecisions.sort(Comparator.comparing(DecisionEntry::on, Comparator.nullsLast(Comparator.naturalOrder())));
        List<TimelineEntry> sortedTimeline = new ArrayList<>(timeline);
        sortedTimeline.sort(Comparator.comparing(TimelineEntry::on)); // stable: same-day entries keep their order
        List<DeadlineEntry> sortedDeadlines = new ArrayList<>(deadlines);
        sortedDeadlines.sort(Comparator.comparing(DeadlineEntry::triggeredOn));

        StringBuilder text = new StringBuilder();
        text.append("Case summary for the Ministry of Government\n");
        text.append("Case ").append(caseId).append(", appeal ").append(appealId).append(" against decision ")
                .append(decisionId).append(", prepared by ONPAR on ").append(preparedOn).append(".\n");
        text.append("Decisions:\n");
        if (sortedDecisions.isEmpty()) {
            text.append("  (none recorded)\n");
        }
        for (DecisionEntry d : sortedDecisions) {
            text.append("  - ").append(d.on()).append(": ").append(d.body()).append(" — ").append(d.outcome())
                    .append(" (decision ").append(d.decisionId()).append(")\n");
        }
        text.append("Timeline:\n");
        for (TimelineEntry t : sortedTimeline) {
            text.append("  - ").append(t.on()).append(": ").append(t.event());
            if (t.detail() != null && !t.detail().isBlank()) {
                text.append(" — ").append(t.detail());
            }
            text.append('\n');
        }
        text.append("Deadlines:\n");
        for (DeadlineEntry d : sortedDeadlines) {
            text.append("  - ").append(d.name()).append(": notified ").append(d.triggeredOn()).append(", last day ")
                    .append(d.lastDay()).append(", ")
                    .append(d.actedOn() == null ? "not used" : "filed " + d.actedOn() + (d.met() ? " (in time)" : " (late)"))
                    .append('\n');
        }
        return new CaseSummary(caseId, appealId, decisionId, preparedOn, sortedDecisions, sortedTimeline,
                sortedDeadlines, text.toString().stripTrailing());
    }
}
