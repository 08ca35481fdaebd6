package pa.gob.refugio.registration.partner.webhook;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * When a failed delivery is tried again: after the n-th failed attempt wait {@code delays[n-1]} (the last delay
 * repeats once the list is exhausted), until {@code maxAttempts} attempts have failed; then the delivery has failed
 * for good (a partner can still replay it). Default delays 10 s, 30 s, 2 min, 10 min, 1 h; plain Java.
 */
public final class RetrySchedule {

    public static final List<Duration> DEFAULT_DELAYS = List.of(Duration.ofSeconds(10), Duration.ofSeconds(30),
            Duration.ofMinutes(2), Duration.ofMinutes(10), Duration.ofHours(1));

    private final List<Duration> delays;
    private final int maxAttempts;

    public RetrySchedule(List<Duration> delays, int maxAttempts) {
        if (delays == null || delays.isEmpty()) {
            throw new IllegalArgumentException("at least one retry delay is needed");
        }
        if (delays.stream().anyMatch(d -> d.isNegative())) {
            throw new IllegalArgumentException("retry delays cannot be negative: " + delays);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("max attempts must be at least 1, not " + maxAttempts);
        }
        this.delays = List.copyOf(delays);
        this.maxAttempts = maxAttempts;
    }

    /** How long to wait after {@code failedAttempts} failed attempts; empty when no attempt is left. */
    public Optional<Duration> delayAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("no attempt has failed yet");
        }
        if (failedAttempts >= maxAttempts) {
            return Optional.empty();
        }
        return Optional.of(delays.get(Math.min(failedAttempts, delays.size()) - 1));
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    public List<Duration> delays() {
        return delays;
    }
}
