package pa.gob.refugio.kit.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.OptionalLong;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A token bucket per partner institution (role {@code partner-ngo}), in the memory of this instance: a partner may
 * send {@code refugio.partners.rate-limit.requests-per-minute} requests a minute (default 120), in bursts of up to
 * that many, refilled evenly. With several instances behind a balancer the limit applies per instance. 0 or less
 * turns the limit off.
 */
@ApplicationScoped
public class PartnerRateLimiter {

    /** Partner institutions are few and known: far more buckets than there will ever be. */
    private static final int MAX_INSTITUTIONS = 10_000;

    private final TokenBuckets buckets;

    @Inject
    public PartnerRateLimiter(
            @ConfigProperty(name = "refugio.partners.rate-limit.requests-per-minute", defaultValue = "120")
            int requestsPerMinute) {
        this(requestsPerMinute, System::nanoTime);
    }

    PartnerRateLimiter(int requestsPerMinute, LongSupplier nanoTime) {
        this.buckets = new TokenBuckets(requestsPerMinute, MAX_INSTITUTIONS, nanoTime);
    }

    public int requestsPerMinute() {
        return buckets.perMinute();
    }

    /** Takes one request from the institution's bucket: empty when allowed, else the seconds to wait (at least 1). */
    public OptionalLong tryAcquire(String institution) {
        return buckets.tryAcquire(institution);
    }
}
