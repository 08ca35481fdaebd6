package pa.gob.refugio.decision.cases;

import java.time.LocalDate;
import java.util.UUID;
import pa.gob.refugio.events.decision.ResolutionNotified.ResolutionKind;
import pa.gob.refugio.kit.deadline.DeadlineView;

/**
 * A recorded notification; for a negative resolution, the reconsideration deadline it opens (as counted here;
 * appeals-service is the authority on filings).
 */
public record NotificationRecorded(UUID decisionId, UUID caseId, ResolutionKind resolution, LocalDate notifiedOn,
                               NotificationChannel channel, boolean acknowledged, String recordedBy,
                               DeadlineView reconsiderationDeadline) {
}
