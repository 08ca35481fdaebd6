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
    public Response problem(ProblemException e, UriInfo uri) {
        return e.toProblem(path(uri)).toResponse();
    }

    /** Two changes to one aggregate at the same moment (optimistic lock): the later one is refused and may retry. */
    @ServerExceptionMapper
    public Response concurrentChange(OptimisticLockException e, UriInfo uri) {
        return ProblemException.conflict("concurrent-change", "Changed meanwhile",
                        "Another change to this resource was saved at the same moment; read it again and retry")
                .toProblem(path(uri)).toResponse();
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return Problem.invalid(path(uri), errors).toResponse();
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        return jsonProblem(e, uri);
    }

    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return jsonProblem(e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return unauthorized(uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthorized(uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return new Problem("forbidden", "Forbidden", 403,
                "Your role may not perform this operation", path(uri)).toResponse();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException json) {
            return jsonProblem(json, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "HTTP " + status : type.getReasonPhrase();
        String detail = switch (status) {
            case 404 -> "No resource at " + path(uri);
            case 405 -> "Method not allowed on " + path(uri);
            case 406 -> "This resource cannot produce the requested media type";
            case 413 -> "The request body is too large";
            case 415 -> "Unsupported content type; send application/json";
            default -> title;
        };
        Response.ResponseBuilder response = Response.status(status).type(Problem.PROBLEM_JSON)
                .entity(new Problem(slug(title), title, status, detail, path(uri)));
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name) && !HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
                values.forEach(v -> response.header(name, v));
            }
        });
        return response.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", errorId, path(uri));
        return new Problem("internal", "Internal error", 500,
                "The request could not be completed; quote error id " + errorId + " to operations", path(uri))
                .with("errorId", errorId).toResponse();
    }

    private static Response unauthorized(UriInfo uri) {
        return Response.status(401).type(Problem.PROBLEM_JSON).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .entity(new Problem("unauthorized", "Unauthorized", 401,
                        "A valid bearer token is required", path(uri))).build();
    }

    private static Response jsonProblem(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            String reason;
            if (e instanceof UnrecognizedPropertyException) {
                reason = "unknown field";
            } else if (e instanceof InvalidFormatException invalid) {
                reason = "cannot read '" + invalid.getValue() + "' as " + invalid.getTargetType().getSimpleName();
            } else if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
                reason = "expected " + mismatched.getTargetType().getSimpleName();
            } else {
                reason = "invalid value";
            }
            return Problem.invalid(path(uri), List.of(new FieldError(field, reason))).toResponse();
        }
        return new Problem("malformed-json", "Malformed JSON", 400,
                "The request body is not valid JSON" + location(e), path(uri)).toResponse();
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
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
