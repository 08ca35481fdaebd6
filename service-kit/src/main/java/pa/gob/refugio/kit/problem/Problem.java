package pa.gob.refugio.kit.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import pa.gob.refugio.kit.trace.TraceContexts;

/**
 * An RFC 9457 problem detail ({@code application/problem+json}). {@code type} is a stable URI per kind of problem;
 * extension members (for example {@code errors} or {@code deadline}) carry the facts a client can act on;
 * {@code traceId} names the request's trace.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "title", "status", "detail", "instance"})
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);
    private static final String TYPE_BASE = "https://refugio.gob.pa/problems/";

    private final URI type;
    private final String title;
    private final int status;
    private final String detail;
    private final String instance;
    private final String traceId = TraceContexts.currentTraceId();
    private final Map<String, Object> extensions = new LinkedHashMap<>();
    private Locale language = ProblemMessages.ENGLISH;

    public Problem(String typeSlug, String title, int status, String detail, String instance) {
        this.type = URI.create(TYPE_BASE + typeSlug);
        this.title = title;
        this.status = status;
        this.detail = detail;
        this.instance = instance;
    }

    public Problem with(String name, Object value) {
        extensions.put(name, value);
        return this;
    }

    public URI getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }

    public int getStatus() {
        return status;
    }

    public String getDetail() {
        return detail;
    }

    public String getInstance() {
        return instance;
    }

    /**
     * The OpenTelemetry trace id of the request that failed (the trace id of its {@code traceparent}), so that a
     * caller can quote it and operations find the request's log lines and spans; absent outside any trace.
     */
    public String getTraceId() {
        return traceId;
    }

    @JsonAnyGetter
    public Map<String, Object> getExtensions() {
        return extensions;
    }

    /** The language the title and detail are written in (sent as {@code Content-Language}); English unless set. */
    public Problem inLanguage(Locale language) {
        this.language = language;
        return this;
    }

    @JsonIgnore
    public Locale getLanguage() {
        return language;
    }

    public Response toResponse() {
        return Response.status(status).type(PROBLEM_JSON)
                .header(HttpHeaders.CONTENT_LANGUAGE, ProblemMessages.tag(language)).entity(this).build();
    }

    /** One invalid field of a request. */
    public record FieldError(String field, String reason) {
    }

    public static Problem invalid(String instance, List<FieldError> errors) {
        return invalid(instance, errors, ProblemMessages.ENGLISH);
    }

    public static Problem invalid(String instance, List<FieldError> errors, Locale locale) {
        return new Problem("validation", ProblemMessages.text("validation.title", locale), 400,
                errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).reason()
                        : ProblemMessages.text("validation.detail.many", locale, errors.size()), instance)
                .with("errors", errors).inLanguage(locale);
    }
}
