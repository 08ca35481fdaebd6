package pa.gob.refugio.kit.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import pa.gob.refugio.kit.audit.AuditTrail;
import pa.gob.refugio.kit.audit.CaseScoped;
import pa.gob.refugio.kit.idempotency.IdempotencyStore;
import pa.gob.refugio.kit.problem.DatabaseUnavailable;
import pa.gob.refugio.kit.problem.Problem;
import pa.gob.refugio.kit.problem.ProblemMessages;
import pa.gob.refugio.kit.problem.UnsafeTextException;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.kit.ratelimit.PartnerRateLimiter;
import pa.gob.refugio.kit.trace.RequestTrace;
import pa.gob.refugio.security.Roles;

/**
 * What every request to every service goes through, in this order (after authentication):
 * <ol>
 * <li><b>rate limit</b>: a {@code partner-ngo} token takes one request from its institution's bucket
 * ({@link PartnerRateLimiter}); an empty bucket answers 429 {@code rate-limited} with {@code Retry-After};</li>
 * <li><b>audit</b>: a request to {@code /api/v1/**} by a token holder is recorded in {@code audit_record} before it
 * runs, in its own transaction; if that fails, the request does not run (503 {@code audit-unavailable} with
 * {@code Retry-After}: nothing happened, retry later); its status is appended as an outcome row when it ends, with
 * the case(s) its answer was about ({@link CaseScoped}) when the path named none. A request refused by a role check
 * (403) is recorded too; 401 and 429 are not (no one was let in). An anonymous request to a {@code @PermitAll}
 * endpoint is not recorded row by row: it is counted afterwards in {@code audit_anonymous_count}, one row per hour,
 * method, path template and status (bounded whatever the number of calls);</li>
 * <li><b>idempotency</b>: a POST with {@code Idempotency-Key} by a token holder is claimed in
 * {@code idempotency_record} under (subject, key) with the SHA-256 of method, path (with query) and raw body. The same
 * request again gets the first response replayed (status, body, content type, {@code Location}, plus
 * {@code Idempotent-Replayed: true}) without running; another request under the key gets 422
 * {@code idempotency-key-reused}; a duplicate while the first runs gets 409 {@code idempotency-key-in-progress}.
 * Responses 5xx, 401, 403, 408, 409, 412, 428 and 429 free the key (worth retrying); others are kept for
 * {@code refugio.idempotency.retention} (24 h).</li>
 * </ol>
 */
public class ApiFilters {

    private static final Logger LOG = Logger.getLogger(ApiFilters.class);

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    public static final String IDEMPOTENT_REPLAYED = "Idempotent-Replayed";
    public static final String PURPOSE = "X-Purpose";
    static final int MAX_KEY_LENGTH = 255;
    private static final int MAX_PURPOSE_LENGTH = 500;

    private static final String CALLER = "refugio.caller";
    private static final String AUDITED = "refugio.audit.access";
    private static final String ANONYMOUS = "refugio.audit.anonymous";
    /** At most this many cases are recorded for one answer that lists views of several cases. */
    static final int MAX_AUDITED_CASES = 200;
    private static final String IDEMPOTENCY = "refugio.idempotency.claim";
    private static final Set<Integer> RETRYABLE = Set.of(401, 403, 408, 409, 412, 428, 429);

    private record ClaimedKey(String caller, String key) {
    }

    private final CurrentIdentityAssociation identities;
    private final RequestTrace trace;
    private final PartnerRateLimiter rateLimiter;
    private final AuditTrail audit;
    private final IdempotencyStore idempotency;
    private final ObjectMapper json;
    private final int retryAfterSeconds;

    public ApiFilters(CurrentIdentityAssociation identities, RequestTrace trace, PartnerRateLimiter rateLimiter,
                      AuditTrail audit, IdempotencyStore idempotency, ObjectMapper json,
                      @ConfigProperty(name = "refugio.http.unavailable-retry-after-seconds", defaultValue = "5")
                      int retryAfterSeconds) {
        this.retryAfterSeconds = retryAfterSeconds;
        this.identities = identities;
        this.trace = trace;
        this.rateLimiter = rateLimiter;
        this.audit = audit;
        this.idempotency = idempotency;
        this.json = json;
    }

    /**
     * Path and query parameters with a NUL, another C0 control character or an unpaired surrogate are refused (400
     * naming the parameter) before anything is recorded; request bodies are checked by {@link SafeText}.
     */
    @ServerRequestFilter(priority = Priorities.USER + 50)
    public Response safeParameters(ContainerRequestContext request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Locale locale = ProblemMessages.of(request.getAcceptableLanguages());
        unsafe(request.getUriInfo().getPathParameters(), locale, errors);
        unsafe(request.getUriInfo().getQueryParameters(), locale, errors);
        if (errors.isEmpty()) {
            return null;
        }
        String path = "/" + request.getUriInfo().getPath().replaceFirst("^/", "");
        return Problem.invalid(path, errors, locale).toResponse();
    }

    private static void unsafe(MultivaluedMap<String, String> parameters, Locale locale,
                               List<Problem.FieldError> errors) {
        parameters.forEach((name, values) -> {
            for (String value : values) {
                int at = value == null ? -1 : SafeText.firstUnsafe(value);
                if (at >= 0) {
                    char c = value.charAt(at);
                    errors.add(new Problem.FieldError(name, ProblemMessages.text(Character.isSurrogate(c)
                            ? "field.lone-surrogate" : "field.control-character", locale,
                            UnsafeTextException.codePoint(c))));
                    return;
                }
            }
        });
    }

    /** Rate limit, then the audit's access row. */
    @ServerRequestFilter(priority = Priorities.USER + 100)
    public Uni<Void> rateLimitAndAudit(ContainerRequestContext request, ResourceInfo resource) {
        UUID correlationId = trace.correlationId();
        boolean api = isApi(request);
        boolean permitAll = isPermitAll(resource);
        return caller().onItem().transformToUni(caller -> {
            request.setProperty(CALLER, caller);
            OptionalLong wait = caller.hasRole(Roles.PARTNER_NGO)
                    ? rateLimiter.tryAcquire(caller.institution()) : OptionalLong.empty();
            if (wait.isPresent()) {
                throw ProblemException.localized(429, "rate-limited", "rate-limited",
                                caller.institution(), rateLimiter.requestsPerMinute(), wait.getAsLong())
                        .with("retryAfterSeconds", wait.getAsLong());
            }
            if (!api || (caller.anonymous() && !permitAll)) {
                return Uni.createFrom().voidItem();
            }
            AuditTrail.Access access = describe(request, resource, caller, correlationId);
            if (caller.anonymous()) { // a public endpoint: counted afterwards per hour, path and status, no row
                request.setProperty(ANONYMOUS, access);
                return Uni.createFrom().voidItem();
            }
            return blocking(() -> {
                try {
                    audit.access(access);
                } catch (RuntimeException e) {
                    String errorId = UUID.randomUUID().toString();
                    if (DatabaseUnavailable.isCause(e)) {
                        LOG.warnf("Audit record %s could not be written for %s %s (database unavailable: %s);"
                                + " request refused with 503", errorId, access.method(), access.path(), e);
                    } else {
                        LOG.errorf(e, "Audit record %s could not be written for %s %s; request refused with 503",
                                errorId, access.method(), access.path());
                    }
                    // Nothing ran: the caller may simply retry, so this is "unavailable", never an internal error.
                    throw ProblemException.localized(503, "audit-unavailable", "audit-unavailable",
                                    retryAfterSeconds, errorId)
                            .with("errorId", errorId).with("retryAfterSeconds", retryAfterSeconds);
                }
                request.setProperty(AUDITED, access);
                return null;
            });
        });
    }

    /** Idempotency-Key on POST: claim the key, or replay / refuse. Runs with the body read, so it can be hashed. */
    @ServerRequestFilter(priority = Priorities.USER + 200, readBody = true)
    public Uni<Response> idempotency(ContainerRequestContext request) {
        String key = request.getHeaderString(IDEMPOTENCY_KEY);
        if (key == null || !"POST".equalsIgnoreCase(request.getMethod())) {
            return Uni.createFrom().nullItem();
        }
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(ch -> ch > 0x20 && ch < 0x7f)) {
            throw ProblemException.localized(400, "idempotency-key-invalid", "idempotency-key-invalid", MAX_KEY_LENGTH);
        }
        Caller caller = (Caller) request.getProperty(CALLER);
        if (caller == null || caller.anonymous()) {
            return Uni.createFrom().nullItem(); // keys are per person; an anonymous POST runs as before
        }
        String hash = hash(request);
        return blocking(() -> {
            IdempotencyStore.Claim claim = idempotency.claim(caller.subject(), key, hash);
            if (claim instanceof IdempotencyStore.Claimed) {
                request.setProperty(IDEMPOTENCY, new ClaimedKey(caller.subject(), key));
                return null;
            }
            if (claim instanceof IdempotencyStore.Replay replay) {
                return replay(replay.response());
            }
            if (claim instanceof IdempotencyStore.Reused) {
                throw ProblemException.localized(422, "idempotency-key-reused", "idempotency-key-reused", key)
                        .with("idempotencyKey", key);
            }
            throw ProblemException.localized(409, "idempotency-key-in-progress", "idempotency-key-in-progress", key)
                    .with("idempotencyKey", key);
        });
    }

    /** Stores the answer to a claimed key; appends the audit's outcome row. */
    @ServerResponseFilter(priority = Priorities.USER + 100)
    public Uni<Void> afterwards(ContainerRequestContext request, ContainerResponseContext response,
                                ResourceInfo resource) {
        ClaimedKey claimed = (ClaimedKey) request.getProperty(IDEMPOTENCY);
        request.removeProperty(IDEMPOTENCY);
        IdempotencyStore.StoredResponse stored = claimed == null ? null : toStore(response);
        AuditTrail.Access audited = (AuditTrail.Access) request.getProperty(AUDITED);
        request.removeProperty(AUDITED);
        AuditTrail.Access anonymous = (AuditTrail.Access) request.getProperty(ANONYMOUS);
        request.removeProperty(ANONYMOUS);
        int status = response.getStatus();
        List<String> cases = audited != null && audited.caseId() == null ? casesOf(response.getEntity()) : List.of();
        boolean refusedUnaudited = audited == null && status == 403 && isApi(request);
        if (claimed == null && audited == null && anonymous == null && !refusedUnaudited) {
            return Uni.createFrom().voidItem();
        }
        UUID correlationId = trace.correlationId();
        Uni<Caller> callerOfRefusal = refusedUnaudited ? caller() : Uni.createFrom().nullItem();
        return callerOfRefusal.onItem().transformToUni(refused -> blocking(() -> {
            if (claimed != null) {
                try {
                    if (stored != null) {
                        idempotency.complete(claimed.caller(), claimed.key(), stored);
                    } else {
                        idempotency.release(claimed.caller(), claimed.key());
                    }
                } catch (RuntimeException e) {
                    LOG.errorf(e, "Idempotency-Key %s of %s: the response could not be stored", claimed.key(),
                            claimed.caller());
                }
            }
            try {
                if (audited != null) {
                    audit.outcome(audited, status, cases);
                } else if (anonymous != null) {
                    audit.anonymous(anonymous.method(), anonymous.pathTemplate(), status);
                } else if (refused != null && !refused.anonymous()) {
                    AuditTrail.Access access = describe(request, resource, refused, correlationId);
                    audit.access(access);
                    audit.outcome(access, status);
                }
            } catch (RuntimeException e) {
                LOG.errorf(e, "Audit outcome %d of %s %s could not be written", status, request.getMethod(),
                        request.getUriInfo().getPath());
            }
            return null;
        })).replaceWithVoid();
    }

    /**
     * The cases an answer is about ({@link CaseScoped}): the entity's, or those of the views in a list (or in a list
     * or view held by a record, e.g. a page), distinct, in order, at most {@link #MAX_AUDITED_CASES}. A list about
     * several cases thus leaves one outcome row per case, so that each case's audit shows the read.
     */
    static List<String> casesOf(Object entity) {
        Set<String> cases = new LinkedHashSet<>();
        collectCases(entity, cases, true);
        return List.copyOf(cases);
    }

    private static void collectCases(Object entity, Set<String> cases, boolean lookInside) {
        if (entity == null || cases.size() >= MAX_AUDITED_CASES) {
            return;
        }
        if (entity instanceof CaseScoped scoped) {
            UUID caseId = scoped.auditCaseId();
            if (caseId != null) {
                cases.add(caseId.toString());
            }
        } else if (entity instanceof Iterable<?> items) {
            for (Object item : items) {
                if (cases.size() >= MAX_AUDITED_CASES) {
                    return;
                }
                if (item instanceof CaseScoped) {
                    collectCases(item, cases, false);
                } else if (item != null) {
                    return; // not a list of views
                }
            }
        } else if (lookInside && entity instanceof Record) {
            for (RecordComponent component : entity.getClass().getRecordComponents()) {
                Class<?> type = component.getType();
                if (CaseScoped.class.isAssignableFrom(type) || Iterable.class.isAssignableFrom(type)) {
                    try {
                        Method accessor = component.getAccessor();
                        accessor.trySetAccessible();
                        collectCases(accessor.invoke(entity), cases, false);
                    } catch (ReflectiveOperationException | RuntimeException e) {
                        LOG.debugf("Case of %s.%s not read: %s", entity.getClass().getName(), component.getName(), e);
                    }
                }
            }
        }
    }

    private IdempotencyStore.StoredResponse toStore(ContainerResponseContext response) {
        int status = response.getStatus();
        if (status >= 500 || RETRYABLE.contains(status)) {
            return null;
        }
        Object entity = response.getEntity();
        MediaType type = response.getMediaType();
        byte[] body;
        try {
            if (entity == null) {
                body = null;
            } else if (entity instanceof byte[] bytes) {
                body = bytes;
            } else if (entity instanceof String text) {
                body = text.getBytes(StandardCharsets.UTF_8);
            } else if (entity instanceof InputStream || entity instanceof File
                    || entity instanceof jakarta.ws.rs.core.StreamingOutput) {
                return null; // not replayable: let a retry run again
            } else {
                body = json.writeValueAsBytes(entity);
                if (type == null) {
                    type = MediaType.APPLICATION_JSON_TYPE;
                }
            }
        } catch (IOException e) {
            LOG.warnf(e, "Response entity %s cannot be stored for replay", entity.getClass().getName());
            return null;
        }
        String location = response.getHeaderString(HttpHeaders.LOCATION);
        return new IdempotencyStore.StoredResponse(status, type == null ? null : type.toString(), location, body);
    }

    private static Response replay(IdempotencyStore.StoredResponse stored) {
        Response.ResponseBuilder response = Response.status(stored.status()).header(IDEMPOTENT_REPLAYED, "true");
        if (stored.body() != null) {
            response.entity(stored.body());
        }
        if (stored.contentType() != null) {
            response.type(stored.contentType());
        }
        if (stored.location() != null) {
            response.location(URI.create(stored.location()));
        }
        return response.build();
    }

    private Uni<Caller> caller() {
        return identities.getDeferredIdentity()
                .onItem().transform(Caller::of)
                // an invalid token is refused by the security check of a protected endpoint; here it is no one
                .onFailure().recoverWithItem(Caller.ANONYMOUS);
    }

    private static String hash(ContainerRequestContext request) {
        byte[] body;
        try (InputStream in = request.getEntityStream()) {
            body = in == null ? new byte[0] : in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("Could not read the request body", e);
        }
        request.setEntityStream(new ByteArrayInputStream(body));
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            URI uri = request.getUriInfo().getRequestUri();
            sha.update((request.getMethod().toUpperCase() + "\n" + uri.getRawPath()
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            sha.update(body);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static AuditTrail.Access describe(ContainerRequestContext request, ResourceInfo resource, Caller caller,
                                              UUID correlationId) {
        String path = "/" + request.getUriInfo().getPath().replaceFirst("^/", "");
        String template = null;
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method != null) {
            Path classPath = resource.getResourceClass() == null ? null
                    : resource.getResourceClass().getAnnotation(Path.class);
            Path methodPath = method.getAnnotation(Path.class);
            template = ("/" + (classPath == null ? "" : classPath.value()) + "/"
                    + (methodPath == null ? "" : methodPath.value())).replaceAll("/+", "/");
            if (template.length() > 1 && template.endsWith("/")) {
                template = template.substring(0, template.length() - 1);
            }
        }
        String caseId = request.getUriInfo().getPathParameters().getFirst("caseId");
        String purpose = request.getHeaderString(PURPOSE);
        if (purpose != null) {
            purpose = purpose.isBlank() ? null
                    : purpose.length() > MAX_PURPOSE_LENGTH ? purpose.substring(0, MAX_PURPOSE_LENGTH) : purpose;
        }
        return new AuditTrail.Access(UUID.randomUUID(), caller.subject(), caller.roleList(), caller.institution(),
                request.getMethod(), template, path, caseId, purpose, correlationId);
    }

    private static boolean isApi(ContainerRequestContext request) {
        String path = "/" + request.getUriInfo().getPath().replaceFirst("^/", "");
        return path.startsWith("/api/v1/");
    }

    private static boolean isPermitAll(ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return false;
        }
        return method.isAnnotationPresent(PermitAll.class) || (!hasSecurityAnnotation(method)
                && resource.getResourceClass() != null && resource.getResourceClass().isAnnotationPresent(PermitAll.class));
    }

    private static boolean hasSecurityAnnotation(Method method) {
        return method.isAnnotationPresent(jakarta.annotation.security.RolesAllowed.class)
                || method.isAnnotationPresent(jakarta.annotation.security.DenyAll.class);
    }

    /** Runs database work off the event loop. */
    private static <T> Uni<T> blocking(Supplier<T> work) {
        Uni<T> uni = Uni.createFrom().item(work);
        return BlockingOperationControl.isBlockingAllowed() ? uni
                : uni.runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }
}
