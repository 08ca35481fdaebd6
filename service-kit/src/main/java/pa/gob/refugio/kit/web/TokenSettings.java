package pa.gob.refugio.kit.web;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The service refuses to start with token settings it cannot answer for (docs/security.md "Tokens"):
 * <ul>
 * <li>in production (launch mode NORMAL), an issuer or public key that is the local default
 * ({@value #LOCAL_ISSUER}, a key under {@code .refugio/keys/}): anyone with the repository's local stack could mint
 * tokens it trusts. Allowed only when {@code REFUGIO_SECURITY_LOCAL_ISSUER_ALLOWED=true} (the local stack and the
 * end-to-end tests: a local profile made explicit);</li>
 * <li>in every mode, no audience, a signature algorithm other than RS256 or ES256, a clock skew above
 * {@value #MAX_CLOCK_SKEW_SECONDS} s or a maximum lifetime outside 1 s .. {@value #MAX_LIFETIME_SECONDS} s.</li>
 * </ul>
 */
@ApplicationScoped
public class TokenSettings {

    private static final Logger LOG = Logger.getLogger(TokenSettings.class);

    public static final String LOCAL_ISSUER = "https://refugio.local/issuer";
    public static final String LOCAL_KEY_DIRECTORY = ".refugio/keys/";
    public static final Set<String> ALGORITHMS = Set.of("RS256", "ES256");
    public static final int MAX_CLOCK_SKEW_SECONDS = 300;
    public static final long MAX_LIFETIME_SECONDS = 86_400;

    /** The settings as configured. */
    public record Settings(String issuer, String publicKeyLocation, boolean inlineKey, String audiences,
                           String algorithm, long maxLifetimeSeconds, int clockSkewSeconds,
                           boolean localIssuerAllowed) {
    }

    private final Settings settings;

    public TokenSettings(@ConfigProperty(name = "mp.jwt.verify.issuer") Optional<String> issuer,
                         @ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> keyLocation,
                         @ConfigProperty(name = "mp.jwt.verify.publickey") Optional<String> inlineKey,
                         @ConfigProperty(name = "mp.jwt.verify.audiences") Optional<String> audiences,
                         @ConfigProperty(name = "mp.jwt.verify.publickey.algorithm", defaultValue = "RS256")
                         String algorithm,
                         @ConfigProperty(name = "smallrye.jwt.time-to-live", defaultValue = "3600") long maxLifetime,
                         @ConfigProperty(name = "mp.jwt.verify.clock.skew", defaultValue = "60") int clockSkew,
                         @ConfigProperty(name = "refugio.security.local-issuer-allowed", defaultValue = "false")
                         boolean localIssuerAllowed) {
        this.settings = new Settings(issuer.orElse(null), keyLocation.orElse(null), inlineKey.isPresent(),
                audiences.orElse(null), algorithm, maxLifetime, clockSkew, localIssuerAllowed);
    }

    void onStart(@Observes StartupEvent event) {
        List<String> refusals = refusals(LaunchMode.current(), settings);
        if (!refusals.isEmpty()) {
            throw new IllegalStateException("Token settings refused (docs/security.md \"Tokens\"): "
                    + String.join("; ", refusals));
        }
        LOG.infof("Tokens: issuer %s, audience %s, %s, at most %d s long, clock skew %d s%s", settings.issuer(),
                settings.audiences(), settings.algorithm(), settings.maxLifetimeSeconds(), settings.clockSkewSeconds(),
                isLocal(settings) ? " (the LOCAL issuer or key: REFUGIO_SECURITY_LOCAL_ISSUER_ALLOWED)" : "");
    }

    public Settings settings() {
        return settings;
    }

    /** Why {@code settings} may not be used in {@code mode}; empty when they may. */
    public static List<String> refusals(LaunchMode mode, Settings settings) {
        List<String> refusals = new ArrayList<>();
        if (mode == LaunchMode.NORMAL && isLocal(settings) && !settings.localIssuerAllowed()) {
            refusals.add("the issuer (REFUGIO_JWT_ISSUER) or public key (REFUGIO_JWT_PUBLIC_KEY_LOCATION) is the local"
                    + " default, which tokens minted by ./deploy/refugio token satisfy: set them to your OIDC"
                    + " provider's, or set REFUGIO_SECURITY_LOCAL_ISSUER_ALLOWED=true for a local stack");
        }
        if (settings.audiences() == null || settings.audiences().isBlank()) {
            refusals.add("no audience (REFUGIO_JWT_AUDIENCE)");
        }
        String algorithm = settings.algorithm() == null ? "" : settings.algorithm().trim().toUpperCase(Locale.ROOT);
        if (!ALGORITHMS.contains(algorithm)) {
            refusals.add("signature algorithm (REFUGIO_JWT_ALGORITHM) must be one of " + ALGORITHMS.stream().sorted()
                    .toList() + ", not '" + settings.algorithm() + "'");
        }
        if (settings.clockSkewSeconds() < 0 || settings.clockSkewSeconds() > MAX_CLOCK_SKEW_SECONDS) {
            refusals.add("clock skew (REFUGIO_JWT_CLOCK_SKEW) must be 0.." + MAX_CLOCK_SKEW_SECONDS + " s, not "
                    + settings.clockSkewSeconds());
        }
        if (settings.maxLifetimeSeconds() < 1 || settings.maxLifetimeSeconds() > MAX_LIFETIME_SECONDS) {
            refusals.add("maximum token lifetime (REFUGIO_JWT_MAX_LIFETIME) must be 1.." + MAX_LIFETIME_SECONDS
                    + " s, not " + settings.maxLifetimeSeconds());
        }
        return refusals;
    }

    /** The local issuer, or a key from the local key directory (or no key configured at all). */
    static boolean isLocal(Settings settings) {
        boolean localIssuer = settings.issuer() == null || LOCAL_ISSUER.equals(settings.issuer().trim());
        boolean localKey = !settings.inlineKey() && (settings.publicKeyLocation() == null
                || settings.publicKeyLocation().replace('\\', '/').contains(LOCAL_KEY_DIRECTORY));
        return localIssuer || localKey;
    }
}
