package pa.gob.refugio.registration.progress;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.Optional;

/**
 * How long a member may wait in each stage before the case counts as stuck ({@code refugio.service-levels.<stage>},
 * ISO-8601 durations such as {@code P5D} or {@code PT12H}; production values from the env vars named in
 * application.properties). The defaults are *(unsure)*: operators set them. An end stage has no service level.
 */
@ConfigMapping(prefix = "refugio.service-levels")
public interface ServiceLevels {

    Duration registered();

    @WithName("waiting-list")
    Duration waitingList();

    @WithName("interviews-scheduled")
    Duration interviewsScheduled();

    Duration interviewed();

    Duration admitted();

    @WithName("awaiting-eligibility")
    Duration awaitingEligibility();

    @WithName("not-admitted")
    Duration notAdmitted();

    Duration rejected();

    @WithName("reconsideration-window")
    Duration reconsiderationWindow();

    @WithName("in-reconsideration")
    Duration inReconsideration();

    @WithName("rejection-confirmed")
    Duration rejectionConfirmed();

    @WithName("appeal-window")
    Duration appealWindow();

    @WithName("in-appeal")
    Duration inAppeal();

    @WithName("granted-on-challenge")
    Duration grantedOnChallenge();

    @WithName("appeal-denied")
    Duration appealDenied();

    Duration recognised();

    /** The service level of {@code stage}; empty for an end. */
    default Optional<Duration> of(Stage stage) {
        return Optional.ofNullable(switch (stage) {
            case REGISTERED -> registered();
            case WAITING_LIST -> waitingList();
            case INTERVIEWS_SCHEDULED -> interviewsScheduled();
            case INTERVIEWED -> interviewed();
            case ADMITTED -> admitted();
            case AWAITING_ELIGIBILITY -> awaitingEligibility();
            case NOT_ADMITTED -> notAdmitted();
            case REJECTED -> rejected();
            case RECONSIDERATION_WINDOW -> reconsiderationWindow();
            case IN_RECONSIDERATION -> inReconsideration();
            case REJECTION_CONFIRMED -> rejectionConfirmed();
            case APPEAL_WINDOW -> appealWindow();
            case IN_APPEAL -> inAppeal();
            case GRANTED_ON_CHALLENGE -> grantedOnChallenge();
            case APPEAL_DENIED -> appealDenied();
            case RECOGNISED -> recognised();
            case DOCUMENTED, FINALLY_REJECTED, WITHDRAWN, ABANDONED, CLOSED, STATUS_ENDED -> null;
        });
    }
}
