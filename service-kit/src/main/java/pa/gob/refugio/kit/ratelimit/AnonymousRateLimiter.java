package pa.gob.refugio.kit.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

/**
 * A token bucket per client address for anonymous callers of the public endpoints (see
 * {@link AnonymousRateLimitSettings}), in the memory of this instance: with several instances behind a balancer the
 * limit applies per instance.
 */
@ApplicationScoped
public class AnonymousRateLimiter {

    private final TokenBuckets buckets;
    private final ClientAddress clients;

    @Inject
    public AnonymousRateLimiter(AnonymousRateLimitSettings settings) {
        this(settings.requestsPerMinute(), settings.maxClients(), settings.trustedProxies().orElse(List.of()),
                System::nanoTime);
    }

    AnonymousRateLimiter(int requestsPerMinute, int maxClients, List<String> trustedProxies, LongSupplier nanoTime) {
        this.buckets = new TokenBuckets(requestsPerMinute, maxClients, nanoTime);
        this.clients = new ClientAddress(trustedProxies);
    }

    public int requestsPerMinute() {
        return buckets.perMinute();
    }

    /** The caller's key from the connection's peer address and its {@code X-Forwarded-For}. */
    public String client(String peerAddress, String forwardedFor) {
        return clients.of(peerAddress, forwardedFor);
    }

    /** Takes one request from the client's bucket: empty when allowed, else the seconds to wait (at least 1). */
    public OptionalLong tryAcquire(String client) {
        return buckets.tryAcquire(client);
    }
}
