package pa.gob.refugio.kit.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;
import pa.gob.refugio.security.Roles;

/**
 * Makes every service's OpenAPI document tell the truth about what the kit does to every request, in one place
 * (runs at build time, with the index, so it covers every resource of every service, including ones added later):
 * <ul>
 * <li>an {@code operationId} on every operation: the one given by {@code @Operation(operationId = ...)}, otherwise
 * the resource class without {@code Resource} and the method ({@code ApplicationResource.register} →
 * {@code applicationRegister}); unique within the document;</li>
 * <li>the bearer security requirement on every secured operation, and an explicit empty one ({@code security: []})
 * on a {@code @PermitAll} operation, so that a public operation is public on purpose;</li>
 * <li>RFC 9457 problem responses ({@code application/problem+json}, schema {@code Problem}) for what the kit answers:
 * 400 (validation, unsafe text), 401/403 (token, role), 503 (database or audit unavailable) on every secured
 * operation; 404 on every operation with a path parameter; 409 on every write (a concurrent change, and on POST an
 * Idempotency-Key still in progress); 422 on every POST (an Idempotency-Key reused for another request); 412 and 428
 * where the operation reads {@code If-Match}; 429 where the role {@code partner-ngo} is admitted (its rate limit);
 * plus whatever the method names with {@link ProblemResponses}.</li>
 * </ul>
 * Success codes come from the resources themselves ({@code @APIResponse(responseCode = "201", ...)} on a POST that
 * answers {@code Response.created}); the e2e test {@code OpenApiContractsIT} checks the sources against the documents.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ContractsFilter implements OASFilter {

    static final String PROBLEM_MEDIA_TYPE = "application/problem+json";
    static final String PROBLEM_REF = "#/components/schemas/Problem";

    private static final DotName PATH = DotName.createSimple("jakarta.ws.rs.Path");
    private static final DotName PERMIT_ALL = DotName.createSimple("jakarta.annotation.security.PermitAll");
    private static final DotName OPERATION =
            DotName.createSimple("org.eclipse.microprofile.openapi.annotations.Operation");
    private static final DotName PROBLEM_RESPONSES = DotName.createSimple(ProblemResponses.class.getName());
    private static final Map<DotName, PathItem.HttpMethod> HTTP_METHODS = Map.of(
            DotName.createSimple("jakarta.ws.rs.GET"), PathItem.HttpMethod.GET,
            DotName.createSimple("jakarta.ws.rs.POST"), PathItem.HttpMethod.POST,
            DotName.createSimple("jakarta.ws.rs.PUT"), PathItem.HttpMethod.PUT,
            DotName.createSimple("jakarta.ws.rs.DELETE"), PathItem.HttpMethod.DELETE,
            DotName.createSimple("jakarta.ws.rs.PATCH"), PathItem.HttpMethod.PATCH,
            DotName.createSimple("jakarta.ws.rs.HEAD"), PathItem.HttpMethod.HEAD,
            DotName.createSimple("jakarta.ws.rs.OPTIONS"), PathItem.HttpMethod.OPTIONS);

    static final Map<Integer, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry(400, "Invalid request: each invalid field with its reason (`errors`)"),
            Map.entry(401, "No token, or a token that is expired, forged or not for this system"),
            Map.entry(403, "The token's role may not do this"),
            Map.entry(404, "No such resource, or not one the caller may see"),
            Map.entry(409, "Not allowed in the resource's current state, or changed concurrently, or the Idempotency-Key is "
                    + "still in progress"),
            Map.entry(412, "If-Match names another version than the current one (`currentETag`)"),
            Map.entry(413, "The body is larger than allowed"),
            Map.entry(415, "The body's media type (checked by content) is not one accepted here"),
            Map.entry(422, "A rule refuses the request (the problem names the rule and, for a deadline, how it was counted), "
                    + "or the Idempotency-Key was used for another request"),
            Map.entry(428, "If-Match is required"),
            Map.entry(429, "The rate limit (of the partner institution, or of the address for anonymous callers) is spent; retry after `Retry-After` seconds"),
            Map.entry(503, "The database (or the audit trail) is unavailable; nothing happened, retry after `Retry-After` "
                    + "seconds"));

    /** What Quarkus writes on a secured operation's 401 and 403 when it adds them itself. */
    private static final Set<String> QUARKUS_DEFAULT_DESCRIPTIONS = Set.of("Not Authorized", "Not Allowed");

    private final IndexView index;

    public ContractsFilter(IndexView index) {
        this.index = index;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, MethodInfo> methods = resourceMethods();
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        String scheme = bearerScheme(components);
        boolean problemsUsed = false;
        Set<String> operationIds = new LinkedHashSet<>();
        for (Map.Entry<String, PathItem> item : new TreeMap<>(openAPI.getPaths().getPathItems()).entrySet()) {
            Map<PathItem.HttpMethod, Operation> operations = item.getValue().getOperations();
            if (operations == null) {
                continue;
            }
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : operations.entrySet()) {
                PathItem.HttpMethod httpMethod = entry.getKey();
                Operation operation = entry.getValue();
                MethodInfo method = methods.get(httpMethod + " " + item.getKey());
                operationId(operation, method, httpMethod, item.getKey(), operationIds);
                boolean permitAll = method != null && (method.declaredAnnotation(PERMIT_ALL) != null
                        || method.declaringClass().declaredAnnotation(PERMIT_ALL) != null);
                boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
                if (!secured && permitAll) {
                    operation.setSecurity(new ArrayList<>()); // public on purpose: security: []
                } else if (!secured && scheme != null && method != null) {
                    // denied to every role (deny-unannotated-endpoints) or secured by the class: a token is needed
                    operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(scheme));
                    secured = true;
                }
                Set<Integer> statuses = problemStatuses(httpMethod, operation, item.getValue(), method, secured);
                if (!statuses.isEmpty()) {
                    addProblems(operation, statuses);
                    problemsUsed = true;
                }
            }
        }
        if (problemsUsed) {
            addProblemSchema(components);
        }
        localDateTimeHasNoOffset(components);
    }

    /**
     * A {@code LocalDateTime} is written without an offset ({@code 2026-11-30T09:30:00}), which is not an RFC 3339
     * {@code date-time}: SmallRye's {@code format: date-time} would make validating clients refuse it.
     */
    private static void localDateTimeHasNoOffset(Components components) {
        Schema local = components.getSchemas() == null ? null : components.getSchemas().get("LocalDateTime");
        if (local != null && "date-time".equals(local.getFormat())) {
            local.setFormat(null);
            local.setDescription("Local date and time without offset (ISO-8601), in Panama's time zone");
        }
    }

    /** {@code "POST /api/v1/applications"} → the resource method, for every root resource in the index. */
    private Map<String, MethodInfo> resourceMethods() {
        Map<String, MethodInfo> out = new HashMap<>();
        if (index == null) {
            return out;
        }
        for (AnnotationInstance path : index.getAnnotations(PATH)) {
            if (path.target().kind() != AnnotationTarget.Kind.CLASS) {
                continue;
            }
            ClassInfo resource = path.target().asClass();
            for (MethodInfo method : resource.methods()) {
                for (Map.Entry<DotName, PathItem.HttpMethod> http : HTTP_METHODS.entrySet()) {
                    if (method.declaredAnnotation(http.getKey()) == null) {
                        continue;
                    }
                    AnnotationInstance sub = method.declaredAnnotation(PATH);
                    out.put(http.getValue() + " " + join(path.value().asString(),
                            sub == null ? "" : sub.value().asString()), method);
                }
            }
        }
        return out;
    }

    /** The path as SmallRye writes it: one leading slash, no trailing one, no regular expressions in templates. */
    static String join(String classPath, String methodPath) {
        String joined = ("/" + classPath + "/" + methodPath).replaceAll("/+", "/")
                .replaceAll("\\{\\s*([^:}\\s]+)\\s*:[^/]*}", "{$1}");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    private static void operationId(Operation operation, MethodInfo method, PathItem.HttpMethod httpMethod,
                                     String path, Set<String> taken) {
        String id = operation.getOperationId();
        if (id == null || id.isBlank()) {
            id = method != null ? derivedOperationId(method.declaringClass().simpleName(), method.name())
                    : httpMethod.name().toLowerCase(Locale.ROOT) + path.replaceAll("[^A-Za-z0-9]+", " ").trim()
                    .replace(' ', '_');
        }
        String unique = id;
        for (int n = 2; taken.contains(unique); n++) {
            unique = id + n;
        }
        taken.add(unique);
        operation.setOperationId(unique);
    }

    /** {@code ApplicationResource}, {@code register} → {@code applicationRegister}. */
    public static String derivedOperationId(String resourceClass, String method) {
        String base = resourceClass.endsWith("Resource") && resourceClass.length() > "Resource".length()
                ? resourceClass.substring(0, resourceClass.length() - "Resource".length()) : resourceClass;
        return Character.toLowerCase(base.charAt(0)) + base.substring(1)
                + Character.toUpperCase(method.charAt(0)) + method.substring(1);
    }

    private static String bearerScheme(Components components) {
        Map<String, SecurityScheme> schemes = components.getSecuritySchemes();
        if (schemes == null) {
            return null;
        }
        for (Map.Entry<String, SecurityScheme> s : schemes.entrySet()) {
            if (s.getValue() != null && s.getValue().getType() == SecurityScheme.Type.HTTP
                    && "bearer".equalsIgnoreCase(s.getValue().getScheme())) {
                return s.getKey();
            }
        }
        return schemes.isEmpty() ? null : schemes.keySet().iterator().next();
    }

    private Set<Integer> problemStatuses(PathItem.HttpMethod httpMethod, Operation operation, PathItem item,
                                         MethodInfo method, boolean secured) {
        Set<Integer> statuses = new TreeSet<>();
        List<Parameter> parameters = new ArrayList<>();
        if (item.getParameters() != null) {
            parameters.addAll(item.getParameters());
        }
        if (operation.getParameters() != null) {
            parameters.addAll(operation.getParameters());
        }
        boolean write = httpMethod == PathItem.HttpMethod.POST || httpMethod == PathItem.HttpMethod.PUT
                || httpMethod == PathItem.HttpMethod.PATCH || httpMethod == PathItem.HttpMethod.DELETE;
        if (secured) {
            statuses.addAll(List.of(400, 401, 403, 503));
        } else if (write || !parameters.isEmpty() || operation.getRequestBody() != null) {
            statuses.addAll(List.of(400, 503));
        } else {
            statuses.add(503);
        }
        if (parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH)) {
            statuses.add(404);
        }
        if (write) {
            statuses.add(409);
        }
        if (httpMethod == PathItem.HttpMethod.POST && secured) {
            statuses.add(422);
        }
        if (parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.HEADER
                && "If-Match".equalsIgnoreCase(p.getName()))) {
            statuses.add(412);
            statuses.add(428);
        }
        if (admits(operation, Roles.PARTNER_NGO)) {
            statuses.add(429);
        }
        if (method != null) {
            for (AnnotationInstance declared : new AnnotationInstance[] {method.declaredAnnotation(PROBLEM_RESPONSES),
                    method.declaringClass().declaredAnnotation(PROBLEM_RESPONSES)}) {
                if (declared != null && declared.value() != null) {
                    for (int status : declared.value().asIntArray()) {
                        statuses.add(status);
                    }
                }
            }
            AnnotationInstance op = method.declaredAnnotation(OPERATION);
            AnnotationValue hidden = op == null ? null : op.value("hidden");
            if (hidden != null && hidden.asBoolean()) {
                statuses.clear();
            }
        }
        return statuses;
    }

    private static boolean admits(Operation operation, String role) {
        if (operation.getSecurity() == null) {
            return false;
        }
        for (SecurityRequirement requirement : operation.getSecurity()) {
            if (requirement.getSchemes() == null) {
                continue;
            }
            for (List<String> roles : requirement.getSchemes().values()) {
                if (roles == null) {
                    continue;
                }
                for (String r : roles) {
                    if (role.equals(r) || (r.contains("${") && resolved(r).contains(role))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static String resolved(String expression) {
        try {
            String key = expression.replaceAll("^\\$\\{([^:}]+).*$", "$1");
            String fallback = expression.contains(":") ? expression.replaceAll("^\\$\\{[^:}]+:([^}]*)}$", "$1") : "";
            return ConfigProvider.getConfig().getOptionalValue(key, String.class).orElse(fallback);
        } catch (RuntimeException e) {
            return "";
        }
    }

    /** Adds the problem responses not yet there, gives a bare one (e.g. a 401 with a description only) its body. */
    private static void addProblems(Operation operation, Set<Integer> statuses) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
        }
        Map<String, APIResponse> existing = responses.getAPIResponses() == null ? Map.of()
                : responses.getAPIResponses();
        Map<String, APIResponse> ordered = new TreeMap<>(existing);
        for (int status : statuses) {
            String code = String.valueOf(status);
            APIResponse response = ordered.get(code);
            if (response == null) {
                response = OASFactory.createAPIResponse().description(DESCRIPTIONS.getOrDefault(status,
                        "Problem " + status));
                ordered.put(code, response);
            }
            if (response.getRef() == null && (response.getContent() == null
                    || response.getContent().getMediaTypes() == null || response.getContent().getMediaTypes().isEmpty())) {
                response.setContent(problemContent());
            }
            if (response.getDescription() == null || response.getDescription().isBlank()
                    || QUARKUS_DEFAULT_DESCRIPTIONS.contains(response.getDescription())) {
                response.setDescription(DESCRIPTIONS.getOrDefault(status, "Problem " + status));
            }
        }
        // problem responses: the body is always problem+json, whatever the resource produces on success
        for (Map.Entry<String, APIResponse> r : ordered.entrySet()) {
            if (r.getKey().startsWith("4") || r.getKey().startsWith("5")) {
                Content content = r.getValue().getContent();
                if (r.getValue().getRef() == null && content != null && content.getMediaTypes() != null
                        && !content.getMediaTypes().containsKey(PROBLEM_MEDIA_TYPE)) {
                    r.getValue().setContent(problemContent());
                }
            }
        }
        APIResponses sorted = OASFactory.createAPIResponses();
        ordered.forEach(sorted::addAPIResponse);
        if (responses.getDefaultValue() != null) {
            sorted.setDefaultValue(responses.getDefaultValue());
        }
        if (responses.getExtensions() != null) {
            sorted.setExtensions(responses.getExtensions());
        }
        operation.setResponses(sorted);
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(PROBLEM_MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
    }

    /** RFC 9457 problem details with the extension members the kit's {@code Problem} really carries. */
    private static void addProblemSchema(Components components) {
        if (components.getSchemas() != null && components.getSchemas().containsKey("Problem")) {
            return;
        }
        Schema fieldError = object("One invalid field of a request")
                .addProperty("field", string("The field, e.g. `members[0].dateOfBirth`"))
                .addProperty("reason", string("Why it is invalid, in the caller's language"))
                .addRequired("field").addRequired("reason");
        Schema problem = object("An RFC 9457 problem detail (`application/problem+json`). `type` is a stable URI per "
                + "kind of problem; extension members carry the facts a client can act on. Title and detail are in "
                + "English, or Spanish on `Accept-Language: es` (see `Content-Language`).")
                .addProperty("type", string("Stable URI of the kind of problem, e.g. "
                        + "`https://refugio.gob.pa/problems/not-found`").format("uri"))
                .addProperty("title", string("Short summary of the kind of problem"))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                        .description("The HTTP status"))
                .addProperty("detail", string("What went wrong with this request"))
                .addProperty("instance", string("The path of the request").format("uri-reference"))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .description("400: each invalid field").items(fieldError))
                .addProperty("traceId", string("the W3C trace id of the request (OpenTelemetry), to find it in logs and traces"))
                .addProperty("errorId", string("503 or 500: the id under which the failure was logged"))
                .addProperty("retryAfterSeconds", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)
                        .format("int32").description("429 and 503: as the Retry-After header"))
                .addProperty("currentState", string("409 illegal-transition: the resource's state"))
                .addProperty("action", string("409 illegal-transition: the action refused"))
                .addProperty("resource", string("404: the kind of resource"))
                .addProperty("id", string("404: the id asked for"))
                .addProperty("idempotencyKey", string("409/422: the Idempotency-Key concerned"))
                .addProperty("currentETag", string("412/428: the resource's current ETag"))
                .addProperty("deadline", object("422 deadline-missed: the deadline and how it was counted")
                        .additionalPropertiesBoolean(Boolean.TRUE))
                .addRequired("type").addRequired("title").addRequired("status")
                .additionalPropertiesBoolean(Boolean.TRUE);
        Map<String, Schema> schemas = components.getSchemas() == null ? new LinkedHashMap<>()
                : new LinkedHashMap<>(components.getSchemas());
        schemas.put("Problem", problem);
        components.setSchemas(schemas);
    }

    private static Schema object(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT).description(description);
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
    }
}
