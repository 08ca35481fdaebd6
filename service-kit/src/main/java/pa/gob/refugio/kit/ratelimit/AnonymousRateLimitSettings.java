package pa.gob.refugio.kit.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/**
 * Anonymous callers of the public endpoints ({@code @PermitAll} under {@code /api/v1/}: document and certificate
 * verification), limited per client address. Environment variables: {@code REFUGIO_RATE_LIMIT_ANONYMOUS_*}.
 */
@ConfigMapping(prefix = "refugio.rate-limit.anonymous")
public interface AnonymousRateLimitSettings {

    /** Requests a minute per client address and instance, in bursts of up to that many; 0 or less: no limit. */
    @WithDefault("30")
    int requestsPerMinute();

    /**
     * Addresses or CIDR ranges of the reverse proxies / load balancers in front of the service (e.g.
     * {@code 10.0.0.0/8,fd00::/8}). Only a request arriving from one of them has its {@code X-Forwarded-For} read
     * (the right-most address that is not a trusted proxy is the client's); without this setting the header is
     * ignored and the peer address counts, so nobody can pick their own bucket by sending the header.
     */
    Optional<List<String>> trustedProxies();

    /** Client addresses tracked at once (memory bound); see {@link TokenBuckets}. */
    @WithDefault("100000")
    int maxClients();
}
