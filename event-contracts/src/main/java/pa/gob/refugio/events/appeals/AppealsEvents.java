package pa.gob.refugio.events.appeals;

import java.util.List;
import pa.gob.refugio.events.DomainEvent;

/** Every event appeals-service publishes on its topic; add a new event here (and to docs/events.md). */
public final class AppealsEvents {

    public static final List<Class<? extends DomainEvent>> ALL = List.of(
            ReconsiderationWindowOpened.class, ReconsiderationFiled.class, ReconsiderationGranted.class,
            ReconsiderationConfirmed.class, AppealWindowOpened.class, AppealFiled.class, AppealGranted.class,
            AppealDenied.class, ChallengeWindowLapsed.class, ChallengeWindowExtended.class, CaseSummarySent.class,
            JudicialReviewFiled.class, JudicialReviewDecided.class,
            ReconsiderationWindowOpenedV2.class, AppealWindowOpenedV2.class, ChallengeWindowLapsedV2.class,
            ClosureDecreed.class, ClosureRevoked.class, SiteHoursSet.class,
            BackDatedChallengeEntryHeld.class, BackDatedChallengeEntryResolved.class, ChallengeWindowReinstated.class,
            AppealDecisionNotified.class);

    private AppealsEvents() {
    }
}
