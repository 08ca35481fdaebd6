package pa.gob.refugio.registration.partner.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Configuration of webhook delivery ({@code refugio.webhooks.*}); see docs/services/registration-service.md. */
@ConfigMapping(prefix = "refugio.webhooks")
public interface WebhookSettings {

    /** Hosts webhooks may be sent to; none when unset (production default: nothing allowed). */
    Optional<Set<String>> allowedHosts();

    /** Allowed hosts that may be reached over plain http (loopback in dev and test); https for every other. */
    Optional<Set<String>> insecureHostsAllowed();

    /**
     * Ports plain http may use, to the insecure-allowed hosts only (e.g. {@code 8080} or {@code 1024-65535}); none
     * when unset. https always uses 443.
     */
    Optional<String> insecurePorts();

    /**
     * TEST SETTING: host names whose resolved address may be 127.0.0.1 (every other private, loopback or link-local
     * address stays refused). Empty in production; honoured only outside the NORMAL launch mode.
     */
    Optional<Set<String>> testLoopbackHosts();

    /**
     * How often the sender sweeps for deliveries that are due (retries after their backoff, and any delivery whose
     * immediate send was missed); {@code off} disables the sweep. New deliveries are sent right after the commit
     * that queued them, not by this sweep.
     */
    @WithDefault("60s")
    String sendEvery();

    /** Whether a delivery is sent right after the transaction that queued it commits (off in tests that drive it). */
    @WithDefault("true")
    boolean sendAfterCommit();

    /** Waits between attempts after the 1st, 2nd, ... failure; the last repeats. */
    @WithDefault("10s,30s,2m,10m,1h")
    List<Duration> backoff();

    /** Attempts before a delivery is FAILED. */
    @WithDefault("8")
    int maxAttempts();

    @WithDefault("2s")
    Duration connectTimeout();

    /** Time allowed for the receiver's answer once connected. */
    @WithDefault("5s")
    Duration readTimeout();

    /** Deliveries claimed and sent (in parallel) per round. */
    @WithDefault("50")
    int batchSize();

    /** Active subscriptions a partner may hold. */
    @WithDefault("10")
    int maxSubscriptionsPerPartner();

    default TargetUrlPolicy targetUrlPolicy() {
        return new TargetUrlPolicy(allowedHosts().orElse(Set.of()), insecureHostsAllowed().orElse(Set.of()),
                TargetUrlPolicy.PortRange.parse(insecurePorts().orElse("")));
    }

    default RetrySchedule retrySchedule() {
        return new RetrySchedule(backoff(), maxAttempts());
    }
}
