package pa.gob.refugio.kit.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import pa.gob.refugio.kit.problem.Problem.FieldError;

/**
 * Every failure leaves as {@code application/problem+json}: the field and the reason for invalid input, 404 for an
 * unknown id, 409 for an illegal transition, 422 for a refused rule or a missed deadline, 401/403 for a missing or
 * insufficient token. Unexpected errors are logged with an id and answered with that id only, never a stack trace.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri, HttpHeaders headers) {
        Response response = e.toProblem(path(uri), ProblemMessages.of(headers)).toResponse();
        Object retryAfter = e.facts().get("retryAfterSeconds");
        if (retryAfter != null) {
            response.getHeaders().putSingle(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter));
        }
        return response;
    }

    /** Two changes to one aggregate at the same moment (optimistic lock): the later one is refused and may retry. */
    @ServerExceptionMapper
    public Response concurrentChange(OptimisticLockException e, UriInfo uri, HttpHeaders headers) {
        return ProblemException.localized(409, "concurrent-change", "concurrent-change")
                .toProblem(path(uri), ProblemMessages.of(headers)).toResponse();
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return Problem.invalid(path(uri), errors, ProblemMessages.of(headers)).toResponse();
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        return jsonProblem(e, uri, ProblemMessages.of(headers));
    }

    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri, HttpHeaders headers) {
        return jsonProblem(e, uri, ProblemMessages.of(headers));
    }

    @ServerExceptionMapper(priority = 1)
    public Response unauthenticated(UnauthorizedException e, UriInfo uri, HttpHeaders headers) {
        return unauthorized(uri, ProblemMessages.of(headers));
    }

    @ServerExceptionMapper(priority = 1)
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri, HttpHeaders headers) {
        return unauthorized(uri, ProblemMessages.of(headers));
    }

    @ServerExceptionMapper(priority = 1)
    public Response forbidden(ForbiddenException e, UriInfo uri, HttpHeaders headers) {
        Locale locale = ProblemMessages.of(headers);
        return new Problem("forbidden", ProblemMessages.text("forbidden.title", locale), 403,
                ProblemMessages.text("forbidden.detail", locale), path(uri)).inLanguage(locale).toResponse();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        Locale locale = ProblemMessages.of(headers);
        Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException json) {
            return jsonProblem(json, uri, locale);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri, headers);
        }
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String englishTitle = type == null ? "HTTP " + status : type.getReasonPhrase();
        String title = ProblemMessages.has("http." + status + ".title")
                ? ProblemMessages.text("http." + status + ".title", locale) : englishTitle;
        String detail = switch (status) {
            case 404, 405 -> ProblemMessages.text("http." + status + ".detail", locale, path(uri));
            case 406, 415 -> ProblemMessages.text("http." + status + ".detail", locale);
            case 413 -> ProblemMessages.text("payload-too-large.detail.plain", locale);
            default -> title;
        };
        boolean translated = ProblemMessages.has("http." + status + ".title");
        Response.ResponseBuilder response = Response.status(status).type(Problem.PROBLEM_JSON)
                .header(HttpHeaders.CONTENT_LANGUAGE, translated ? ProblemMessages.tag(locale) : "en")
                .entity(new Problem(slug(englishTitle), title, status, detail, path(uri))
                        .inLanguage(translated ? locale : ProblemMessages.ENGLISH));
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name) && !HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)
                    && !HttpHeaders.CONTENT_LANGUAGE.equalsIgnoreCase(name)) {
                values.forEach(v -> response.header(name, v));
            }
        });
        return response.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri, HttpHeaders headers) {
        Locale locale = ProblemMessages.of(headers);
        String errorId = UUID.randomUUID().toString();
        if (DatabaseUnavailable.isCause(e)) {
            return unavailable(e, errorId, uri, locale);
        }
        LOG.errorf(e, "Unexpected error %s on %s", errorId, path(uri));
        return new Problem("internal", ProblemMessages.text("internal.title", locale), 500,
                ProblemMessages.text("internal.detail", locale, errorId), path(uri))
                .with("errorId", errorId).inLanguage(locale).toResponse();
    }

    /**
     * The database is stopped, frozen or out of connections: 503 with {@code Retry-After}, never 500. The service
     * recovers by itself when the database is back (the pool opens new connections); nothing to restart.
     */
    private Response unavailable(Throwable e, String errorId, UriInfo uri, Locale locale) {
        LOG.warnf("Database unavailable (error %s) on %s: %s", errorId, path(uri), rootMessage(e));
        LOG.debugf(e, "Database unavailable (error %s)", errorId);
        Response response = new Problem("service-unavailable", ProblemMessages.text("unavailable.title", locale), 503,
                ProblemMessages.text("unavailable.detail", locale, retryAfterSeconds(), errorId), path(uri))
                .with("errorId", errorId).with("retryAfterSeconds", retryAfterSeconds())
                .inLanguage(locale).toResponse();
        response.getHeaders().putSingle(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds()));
        return response;
    }

    private static int retryAfterSeconds() {
        return org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("refugio.http.unavailable-retry-after-seconds", Integer.class).orElse(5);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        for (int i = 0; i < 32 && root.getCause() != null && root.getCause() != root; i++) {
            root = root.getCause();
        }
        return e.getClass().getSimpleName() + (root == e ? "" : " caused by " + root) + ": " + e.getMessage();
    }

    private static Response unauthorized(UriInfo uri, Locale locale) {
        return Response.status(401).type(Problem.PROBLEM_JSON).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .header(HttpHeaders.CONTENT_LANGUAGE, ProblemMessages.tag(locale))
                .entity(new Problem("unauthorized", ProblemMessages.text("unauthorized.title", locale), 401,
                        ProblemMessages.text("unauthorized.detail", locale), path(uri)).inLanguage(locale)).build();
    }

    private static Response jsonProblem(JsonProcessingException e, UriInfo uri, Locale locale) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            String reason;
            if (e instanceof UnsafeTextException unsafe) {
                reason = ProblemMessages.text(unsafe.loneSurrogate() ? "field.lone-surrogate"
                        : "field.control-character", locale, unsafe.codePoint());
            } else if (e instanceof UnrecognizedPropertyException) {
                reason = ProblemMessages.text("field.unknown", locale);
            } else if (e instanceof InvalidFormatException invalid) {
                reason = ProblemMessages.text("field.unreadable", locale, invalid.getValue(),
                        invalid.getTargetType().getSimpleName());
            } else if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
                reason = ProblemMessages.text("field.expected", locale, mismatched.getTargetType().getSimpleName());
            } else {
                reason = ProblemMessages.text("field.invalid", locale);
            }
            return Problem.invalid(path(uri), List.of(new FieldError(field, reason)), locale).toResponse();
        }
        return new Problem("malformed-json", ProblemMessages.text("malformed-json.title", locale), 400,
                ProblemMessages.text("malformed-json.detail", locale, location(e, locale)), path(uri))
                .inLanguage(locale).toResponse();
    }

    private static String location(JsonProcessingException e, Locale locale) {
        return e.getLocation() == null ? "" : ProblemMessages.text("malformed-json.location", locale,
                e.getLocation().getLineNr(), e.getLocation().getColumnNr());
    }

    /** {@code register.request.members[0].name} → {@code members[0].name}: the field as the client sent it. */
    static String fieldOf(ConstraintViolation<?> violation) {
        List<String> parts = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER
                    || node.getKind() == ElementKind.CROSS_PARAMETER || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            String name = node.getName();
            String index = node.getIndex() != null ? "[" + node.getIndex() + "]"
                    : node.getKey() != null ? "[" + node.getKey() + "]" : "";
            if (node.isInIterable() && !parts.isEmpty()) {
                parts.set(parts.size() - 1, parts.get(parts.size() - 1) + index);
            }
            if (name != null && !name.startsWith("<")) {
                parts.add(name);
            }
        }
        return parts.isEmpty() ? "body" : String.join(".", parts);
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }

    private static String slug(String title) {
        return title.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
