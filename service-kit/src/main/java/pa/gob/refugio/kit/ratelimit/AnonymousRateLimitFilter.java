package pa.gob.refugio.kit.ratelimit;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.util.OptionalLong;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.kit.problem.ProblemMessages;

/**
 * The public endpoints ({@code @PermitAll} under {@code /api/v1/}) answer anonymous callers at most
 * {@code refugio.rate-limit.anonymous.requests-per-minute} times a minute per client address
 * ({@link AnonymousRateLimiter}); beyond that 429 {@code rate-limited} (problem+json) with {@code Retry-After}. It runs
 * before the audit's access row is written (kit web ApiFilters, priority USER + 100), so a refused request leaves no
 * row: anonymous audit rows grow no faster than the limit. A caller with a valid token is not limited here (it is
 * accountable, and partners have their own limit); an invalid token counts as anonymous.
 */
public class AnonymousRateLimitFilter {

    private final AnonymousRateLimiter limiter;
    private final CurrentIdentityAssociation identities;

    public AnonymousRateLimitFilter(AnonymousRateLimiter limiter, CurrentIdentityAssociation identities) {
        this.limiter = limiter;
        this.identities = identities;
    }

    @ServerRequestFilter(priority = Priorities.USER + 90)
    public Uni<Void> limitAnonymousCallers(ContainerRequestContext request, ResourceInfo resource,
                                           HttpServerRequest http) {
        if (limiter.requestsPerMinute() <= 0 || !isPublicApi(request, resource)) {
            return Uni.createFrom().voidItem();
        }
        SocketAddress peer = http.remoteAddress();
        String client = limiter.client(peer == null ? null : peer.hostAddress(), http.getHeader("X-Forwarded-For"));
        return identities.getDeferredIdentity()
                .onItem().transform(SecurityIdentity::isAnonymous)
                .onFailure().recoverWithItem(true)
                .onItem().invoke(anonymous -> {
                    if (!anonymous) {
                        return;
                    }
                    OptionalLong wait = limiter.tryAcquire(client);
                    if (wait.isPresent()) {
                        String who = ProblemMessages.SPANISH.getLanguage().equals(
                                ProblemMessages.of(request.getAcceptableLanguages()).getLanguage())
                                ? "Cada dirección" : "Each address";
                        throw ProblemException.localized(429, "rate-limited", "rate-limited", who,
                                        limiter.requestsPerMinute(), wait.getAsLong())
                                .with("retryAfterSeconds", wait.getAsLong());
                    }
                }).replaceWithVoid();
    }

    private static boolean isPublicApi(ContainerRequestContext request, ResourceInfo resource) {
        String path = "/" + request.getUriInfo().getPath().replaceFirst("^/", "");
        if (!path.startsWith("/api/v1/")) {
            return false;
        }
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return false;
        }
        if (method.isAnnotationPresent(PermitAll.class)) {
            return true;
        }
        boolean methodSecured = method.isAnnotationPresent(RolesAllowed.class) || method.isAnnotationPresent(DenyAll.class);
        return !methodSecured && resource.getResourceClass() != null
                && resource.getResourceClass().isAnnotationPresent(PermitAll.class);
    }
}
