package pa.gob.refugio.appeals.summary;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * ONPAR's case summary for the Ministry of Government, sent with an appeal: the decisions taken on the case, its
 * timeline with dates, and each deadline with whether it was met. Identifiers and facts only, no personal data.
 */
public record CaseSummary(UUID caseId, UUID appealId, UUID decisionId, LocalDate preparedOn,
                          List<DecisionEntry> decisions, List<TimelineEntry> timeline, List<DeadlineEntry> deadlines,
                          String text) {

    public CaseSummary {
        decisions = List.copyOf(decisions);
        timeline = List.copyOf(timeline);
        deadlines = List.copyOf(deadlines);
    }

    /** A decision on the case: who took it, what it was, when. */
    public record DecisionEntry(LocalDate on, UUID decisionId, String body, String outcome) {
    }

    /** Something that happened to the case, in date order. */
    public record TimelineEntry(LocalDate on, String event, String detail) {
    }

    /** A legal deadline, when the act it limits was done, and whether that was in time. */
    public record DeadlineEntry(String name, LocalDate triggeredOn, LocalDate lastDay, LocalDate actedOn, boolean met,
                                String legalBasis) {
    }
}
