package pa.gob.refugio.stack;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When the supervisor restarts a service that died: after 1 s, then 2 s, 4 s … at most 30 s between restarts in a
 * row; a service that was ready and stayed up for 60 s starts again from 1 s; after 10 restarts in a row it is left
 * down (something is wrong that restarting does not fix). Plain arithmetic on the instants it is given: one per
 * service, used by one thread.
 */
final class RestartBackoff {

    static final Duration FIRST_DELAY = Duration.ofSeconds(1);
    static final Duration MAX_DELAY = Duration.ofSeconds(30);
    static final Duration HEALTHY_RESETS_AFTER = Duration.ofSeconds(60);
    static final int MAX_RESTARTS_IN_A_ROW = 10;

    private final Duration firstDelay;
    private final Duration maxDelay;
    private final Duration healthyResetsAfter;
    private final int maxRestartsInARow;
    private int restartsInARow;
    private Instant readySince;

    RestartBackoff() {
        this(FIRST_DELAY, MAX_DELAY, HEALTHY_RESETS_AFTER, MAX_RESTARTS_IN_A_ROW);
    }

    RestartBackoff(Duration firstDelay, Duration maxDelay, Duration healthyResetsAfter, int maxRestartsInARow) {
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
        this.healthyResetsAfter = healthyResetsAfter;
        this.maxRestartsInARow = maxRestartsInARow;
    }

    /** The service answers its readiness check (again) at {@code now}. */
    void ready(Instant now) {
        if (readySince == null) {
            readySince = now;
        }
    }

    /**
     * The service died at {@code now}: how long to wait before restarting it, or empty to give up. Counts the
     * restart: {@link #restartsInARow()} is then the number of the restart about to happen.
     */
    Optional<Duration> died(Instant now) {
        if (readySince != null && !Duration.between(readySince, now).minus(healthyResetsAfter).isNegative()) {
            restartsInARow = 0;
        }
        readySince = null;
        if (restartsInARow >= maxRestartsInARow) {
            return Optional.empty();
        }
        restartsInARow++;
        return Optional.of(delayOf(restartsInARow));
    }

    /** Restarts since the service last stayed healthy for the reset period (or since it first started). */
    int restartsInARow() {
        return restartsInARow;
    }

    private Duration delayOf(int restart) {
        Duration delay = firstDelay;
        for (int i = 1; i < restart && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
