package pa.gob.refugio.kit.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
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

    private final int requestsPerMinute;
    private final LongSupplier nanoTime;
    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    @Inject
    public PartnerRateLimiter(
            @ConfigProperty(name = "refugio.partners.rate-limit.requests-per-minute", defaultValue = "120")
            int requestsPerMinute) {
        this(requestsPerMinute, System::nanoTime);
    }

    PartnerRateLimiter(int requestsPerMinute, LongSupplier nanoTime) {
        this.requestsPerMinute = requestsPerMinute;
        this.nanoTime = nanoTime;
    }

    public int requestsPerMinute() {
        return requestsPerMinute;
    }

    /** Takes one request from the institution's bucket: empty when allowed, else the seconds to wait (at least 1). */
    public OptionalLong tryAcquire(String institution) {
        if (requestsPerMinute <= 0) {
            return OptionalLong.empty();
        }
        Bucket bucket = buckets.computeIfAbsent(institution == null ? "" : institution,
                key -> new Bucket(requestsPerMinute, nanoTime.getAsLong()));
        return bucket.take(requestsPerMinute, nanoTime.getAsLong());
    }

    private static final class Bucket {
        private double tokens;
        private long refilledAt;

        Bucket(int capacity, long now) {
            this.tokens = capacity;
            this.refilledAt = now;
        }

        synchronized OptionalLong take(int perMinute, long now) {
            double perNano = perMinute / 60_000_000_000d;
            tokens = Math.min(perMinute, tokens + Math.max(0, now - refilledAt) * perNano);
            refilledAt = now;
            if (tokens >= 1) {
                tokens -= 1;
                return OptionalLong.empty();
            }
            double nanosToOne = (1 - tokens) / perNano;
            return OptionalLong.of(Math.max(1, (long) Math.ceil(nanosToOne / 1_000_000_000d)));
        }
    }
}
