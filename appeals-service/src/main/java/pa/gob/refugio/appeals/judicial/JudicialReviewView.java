package pa.gob.refugio.appeals.judicial;

import java.time.LocalDate;
import java.util.UUID;

/** A recorded judicial review. */
public record JudicialReviewView(UUID judicialReviewId, UUID caseId, UUID decisionId, LocalDate filedOn,
                                 String courtReference, String status, String outcome, LocalDate decidedOn) {

    public static JudicialReviewView of(JudicialReview j) {
        return new JudicialReviewView(j.id(), j.caseId(), j.decisionId(), j.filedOn(), j.courtReference(),
                j.status().name(), j.outcome() == null ? null : j.outcome().name(), j.decidedOn());
    }
}
