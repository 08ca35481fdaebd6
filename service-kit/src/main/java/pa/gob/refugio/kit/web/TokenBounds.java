package pa.gob.refugio.kit.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * What SmallRye JWT leaves open, refused with 401 after its own checks (signature, issuer, audience, expiry, lifetime,
 * age):
 * <ul>
 * <li>a token issued ({@code iat}) later than now plus the clock skew: dated a year ahead with a one-hour span, it
 * would pass the lifetime and age checks and stay usable for a year;</li>
 * <li>with a key id configured ({@code REFUGIO_JWT_KEY_ID}), a token with no {@code kid} header at all (SmallRye
 * refuses another kid, but not a missing one).</li>
 * </ul>
 */
@ApplicationScoped
public class TokenBounds implements SecurityIdentityAugmentor {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int clockSkewSeconds;
    private final Optional<String> keyId;
    private final Clock clock = Clock.systemUTC();

    public TokenBounds(@ConfigProperty(name = "mp.jwt.verify.clock.skew", defaultValue = "60") int clockSkewSeconds,
                       @ConfigProperty(name = "smallrye.jwt.token.kid") Optional<String> keyId) {
        this.clockSkewSeconds = clockSkewSeconds;
        this.keyId = keyId.filter(k -> !k.isBlank());
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity != null && identity.getPrincipal() instanceof JsonWebToken jwt) {
            if (jwt.getIssuedAtTime() > clock.instant().getEpochSecond() + clockSkewSeconds) {
                return Uni.createFrom().failure(new AuthenticationFailedException("token issued in the future"));
            }
            if (keyId.isPresent() && !keyId.get().equals(kid(jwt.getRawToken()))) {
                return Uni.createFrom().failure(new AuthenticationFailedException("token without the key id"));
            }
        }
        return Uni.createFrom().item(identity);
    }

    private static String kid(String rawToken) {
        if (rawToken == null || rawToken.indexOf('.') < 0) {
            return null;
        }
        try {
            JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(rawToken.substring(0, rawToken.indexOf('.'))));
            JsonNode kid = header.get("kid");
            return kid == null || !kid.isTextual() ? null : kid.asText();
        } catch (java.io.IOException | IllegalArgumentException e) {
            return null;
        }
    }
}
