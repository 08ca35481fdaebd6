package pa.gob.refugio.e2e;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import pa.gob.refugio.security.Roles;

/**
 * Every operation a running service publishes in its OpenAPI document ({@code /q/openapi?format=json}), with the
 * roles the document says it admits. SmallRye OpenAPI writes each {@code @RolesAllowed} as a security requirement
 * whose scopes are the roles, and no requirement for {@code @PermitAll}: an operation without one is public.
 */
final class OpenApiEndpoints {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options");

    /**
     * One operation. {@code documentedRoles} are the scopes as written in the document (possibly a configuration
     * expression such as {@code ${refugio.decision.admissibility-role}}), {@code roles} the same after resolving
     * expressions against the service's configuration; {@code isPublic} when the document requires no token.
     */
    record Endpoint(String service, String method, String pathTemplate, boolean isPublic,
                    List<String> documentedRoles, Set<String> roles, String path, String requestMediaType) {

        String label() {
            return method + " " + pathTemplate;
        }
    }

    private OpenApiEndpoints() {
    }

    /** The operations of {@code service}, sorted by path then method; {@code root} is the repository root. */
    static List<Endpoint> of(String service, String baseUrl, Path root) {
        JsonPath doc = JsonPath.from(fetch(baseUrl + "/q/openapi?format=json"));
        Map<String, Object> schemas = doc.getMap("components.schemas");
        Object globalSecurity = doc.get("security");
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        UnaryOperator<String> config = configurationOf(service, root);
        List<Endpoint> endpoints = new ArrayList<>();
        for (Map.Entry<String, Map<String, Object>> item : paths.entrySet()) {
            List<Object> sharedParameters = list(item.getValue().get("parameters"));
            for (String method : METHODS) {
                Object raw = item.getValue().get(method);
                if (!(raw instanceof Map<?, ?> op)) {
                    continue;
                }
                Object security = op.containsKey("security") ? op.get("security") : globalSecurity;
                boolean isPublic = security == null || list(security).isEmpty();
                List<String> documented = new ArrayList<>();
                if (!isPublic) {
                    for (Object requirement : list(security)) {
                        for (Object scopes : ((Map<?, ?>) requirement).values()) {
                            list(scopes).forEach(s -> documented.add(String.valueOf(s)));
                        }
                    }
                }
                Set<String> roles = new LinkedHashSet<>();
                documented.forEach(r -> roles.add(resolve(r, config)));
                List<Object> parameters = new ArrayList<>(sharedParameters);
                parameters.addAll(list(op.get("parameters")));
                endpoints.add(new Endpoint(service, method.toUpperCase(Locale.ROOT), item.getKey(), isPublic,
                        List.copyOf(documented), roles, concretePath(item.getKey(), parameters, schemas),
                        requestMediaType(op.get("requestBody"))));
            }
        }
        endpoints.sort(Comparator.comparing(Endpoint::pathTemplate).thenComparing(Endpoint::method));
        return endpoints;
    }

    /** The path with every path parameter filled (random UUIDs, numbers at their minimum) and required queries. */
    private static String concretePath(String template, List<Object> parameters, Map<String, Object> schemas) {
        String path = template;
        StringBuilder query = new StringBuilder();
        for (Object p : parameters) {
            Map<?, ?> parameter = (Map<?, ?>) p;
            String name = String.valueOf(parameter.get("name"));
            String value = sampleValue(schemaOf(parameter.get("schema"), schemas));
            if ("path".equals(parameter.get("in"))) {
                path = path.replace("{" + name + "}", value);
            } else if ("query".equals(parameter.get("in")) && Boolean.TRUE.equals(parameter.get("required"))) {
                query.append(query.length() == 0 ? '?' : '&').append(name).append('=').append(value);
            }
        }
        // A path parameter the document does not describe (e.g. a regex-typed one) still gets a value.
        return path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString()) + query;
    }

    private static Map<?, ?> schemaOf(Object schema, Map<String, Object> schemas) {
        if (schema instanceof Map<?, ?> m && m.get("$ref") instanceof String ref && schemas != null) {
            Object target = schemas.get(ref.substring(ref.lastIndexOf('/') + 1));
            return target instanceof Map<?, ?> t ? t : Map.of();
        }
        return schema instanceof Map<?, ?> m ? m : Map.of();
    }

    private static String sampleValue(Map<?, ?> schema) {
        Object type = schema.get("type");
        if ("integer".equals(type) || "number".equals(type)) {
            Object minimum = schema.get("minimum");
            return minimum == null ? "1" : String.valueOf(((Number) minimum).longValue());
        }
        if ("boolean".equals(type)) {
            return "true";
        }
        return UUID.randomUUID().toString();
    }

    /** The first media type the operation accepts, or null when it takes no body. */
    private static String requestMediaType(Object requestBody) {
        if (requestBody instanceof Map<?, ?> body && body.get("content") instanceof Map<?, ?> content
                && !content.isEmpty()) {
            String type = String.valueOf(content.keySet().iterator().next());
            return type.contains("*") ? "application/octet-stream" : type;
        }
        return null;
    }

    /**
     * {@code @RolesAllowed("${key}")} reaches the document unresolved; the service resolves it from its
     * configuration at run time: its application.properties (prod profile) over the kit's defaults, environment
     * variables first, as MicroProfile Config does.
     */
    private static UnaryOperator<String> configurationOf(String service, Path root) {
        Properties properties = new Properties();
        load(properties, root.resolve("service-kit/src/main/resources/META-INF/microprofile-config.properties"));
        load(properties, root.resolve(service).resolve("src/main/resources/application.properties"));
        return key -> {
            String env = System.getenv(key);
            if (env == null) {
                env = System.getenv(key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT));
            }
            if (env != null) {
                return env;
            }
            String prod = properties.getProperty("%prod." + key);
            return prod != null ? prod : properties.getProperty(key);
        };
    }

    private static void load(Properties properties, Path file) {
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file)) {
                properties.load(in);
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read " + file, e);
            }
        }
    }

    /** Expands {@code ${key}} and {@code ${key:default}}, nested; an unknown key without default stays as is. */
    static String resolve(String value, UnaryOperator<String> config) {
        int start = value.lastIndexOf("${");
        if (start < 0) {
            return value;
        }
        int end = value.indexOf('}', start);
        if (end < 0) {
            return value;
        }
        String expression = value.substring(start + 2, end);
        int colon = expression.indexOf(':');
        String key = colon < 0 ? expression : expression.substring(0, colon);
        String found = config.apply(key);
        if (found == null && colon >= 0) {
            found = expression.substring(colon + 1);
        }
        if (found == null) {
            return value;
        }
        return resolve(value.substring(0, start) + resolve(found, config) + value.substring(end + 1), config);
    }

    private static List<Object> list(Object value) {
        return value instanceof List<?> l ? new ArrayList<>(l) : List.of();
    }

    private static String fetch(String url) {
        try {
            HttpResponse<String> r = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                    .send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                            HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new AssertionError(url + " answered " + r.statusCode() + ": " + r.body());
            }
            return r.body();
        } catch (IOException e) {
            throw new AssertionError("Cannot fetch " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Markdown: one table per service of method, path and the roles admitted (public when none is needed). */
    static String markdown(Map<String, List<Endpoint>> byService) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, List<Endpoint>> service : byService.entrySet()) {
            out.append("### ").append(service.getKey()).append("\n\n| method | path | roles |\n|---|---|---|\n");
            for (Endpoint e : service.getValue()) {
                String roles;
                if (e.isPublic()) {
                    roles = "public (no token)";
                } else if (e.roles().isEmpty()) {
                    roles = "none (denied to every role)";
                } else {
                    List<String> ordered = new ArrayList<>(e.roles());
                    ordered.sort(Comparator.comparingInt(r -> Roles.ALL.contains(r) ? Roles.ALL.indexOf(r)
                            : Roles.ALL.size()));
                    roles = String.join(", ", ordered);
                    if (!e.documentedRoles().equals(List.copyOf(e.roles()))) {
                        roles += " (configurable: `" + String.join(", ", e.documentedRoles()) + "`)";
                    }
                }
                out.append("| ").append(e.method()).append(" | `").append(e.pathTemplate()).append("` | ")
                        .append(roles).append(" |\n");
            }
            out.append('\n');
        }
        return out.toString();
    }

    static Map<String, List<Endpoint>> byService(List<Endpoint> endpoints) {
        Map<String, List<Endpoint>> out = new LinkedHashMap<>();
        endpoints.forEach(e -> out.computeIfAbsent(e.service(), s -> new ArrayList<>()).add(e));
        return out;
    }
}
