package pa.gob.refugio.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.stack.Service;

/**
 * The five OpenAPI documents, as the build writes them ({@code <service>/target/openapi/openapi.json}, the documents
 * the services serve at {@code /q/openapi}; .ci/lint-contracts lints the same files), tell the truth:
 * <ul>
 * <li>every POST whose resource method answers 201 ({@code Response.created}, {@code status(201)},
 * {@code Status.CREATED}, or a helper {@code created(...)}) is documented 201, and none is documented 201 that does
 * not;</li>
 * <li>every operation has an operationId, unique in its document;</li>
 * <li>every operation has security, except those listed public here (and those are {@code security: []});</li>
 * <li>every secured operation documents 400, 401, 403 and 503 as {@code application/problem+json} with the
 * {@code Problem} schema, every operation with a path parameter 404.</li>
 * </ul>
 * Needs no running stack, only the packaged services (it runs in e2e-tests' integration-test phase).
 */
class OpenApiContractsIT {

    /** The only operations anyone may call without a token: public verification of a document or certificate. */
    private static final Set<String> PUBLIC = Set.of(
            "registration-service GET /api/v1/certificates/verification",
            "documents-service GET /api/v1/verification/{token}",
            // issue 13: the public keys that verify the printed QR codes offline (JWKS)
            "registration-service GET /.well-known/jwks.json",
            "documents-service GET /.well-known/jwks.json");

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final String PROBLEM = "application/problem+json";

    private final Path root = Path.of(System.getProperty("refugio.root", "..")).toAbsolutePath().normalize();

    @Test
    void everyPostThatAnswers201IsDocumented201() throws IOException {
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (Service service : Service.ALL) {
            Map<String, Map<String, Object>> byOperationId = new HashMap<>();
            forEachOperation(service, (method, path, op) -> byOperationId.put(String.valueOf(op.get("operationId")),
                    withMethod(op, method, path)));
            List<SourceMethod> sources = new ArrayList<>(sourceMethods(service, false));
            // the kit's resources: those this service serves (a kit resource may be left out by configuration)
            sourceMethods(service, true).stream().filter(k -> byOperationId.containsKey(k.operationId()))
                    .forEach(sources::add);
            for (SourceMethod source : sources) {
                Map<String, Object> op = byOperationId.get(source.operationId());
                if (op == null) {
                    mismatches.add(service.name() + " " + source + ": no operation " + source.operationId()
                            + " in the document");
                    continue;
                }
                boolean documented201 = responses(op).containsKey("201");
                if (source.creates() && !documented201) {
                    mismatches.add(service.name() + " " + source + " answers 201, documented "
                            + responses(op).keySet());
                } else if (!source.creates() && documented201) {
                    mismatches.add(service.name() + " " + source + " is documented 201 but never answers it");
                }
                checked++;
            }
        }
        assertTrue(checked > 20, "too few resource methods found in the sources: " + checked);
        assertEquals(List.of(), mismatches);
    }

    @Test
    void everyOperationHasAUniqueIdSecurityOrIsListedPublicAndItsProblems() throws IOException {
        List<String> mismatches = new ArrayList<>();
        Set<String> publicFound = new LinkedHashSet<>();
        for (Service service : Service.ALL) {
            Set<String> ids = new LinkedHashSet<>();
            forEachOperation(service, (method, path, op) -> {
                String label = service.name() + " " + method.toUpperCase(Locale.ROOT) + " " + path;
                Object id = op.get("operationId");
                if (!(id instanceof String s) || s.isBlank()) {
                    mismatches.add(label + ": no operationId");
                } else if (!ids.add(s)) {
                    mismatches.add(label + ": operationId " + s + " is not unique");
                }
                Object security = op.get("security");
                boolean isPublic = security instanceof List<?> l && l.isEmpty();
                if (PUBLIC.contains(label)) {
                    publicFound.add(label);
                    if (!isPublic) {
                        mismatches.add(label + ": listed public, but its document does not say security: []");
                    }
                } else if (!(security instanceof List<?> l) || l.isEmpty()) {
                    mismatches.add(label + ": no security requirement (and not listed public)");
                } else {
                    for (String status : List.of("400", "401", "403", "503")) {
                        problem(label, op, status, mismatches);
                    }
                }
                if (path.contains("{")) {
                    problem(label, op, "404", mismatches);
                }
                responses(op).forEach((status, response) -> {
                    if (status.startsWith("4") || status.startsWith("5")) {
                        problem(label, op, status, mismatches);
                    }
                });
            });
            assertFalse(ids.isEmpty(), service.name() + ": no operation in its document");
        }
        assertEquals(PUBLIC, publicFound, "public operations listed here but not in the documents");
        assertEquals(List.of(), List.copyOf(new LinkedHashSet<>(mismatches)));
    }

    private static void problem(String label, Map<String, Object> op, String status, List<String> mismatches) {
        Object response = responses(op).get(status);
        if (!(response instanceof Map<?, ?> r)) {
            mismatches.add(label + ": no " + status + " response");
            return;
        }
        if (!(r.get("content") instanceof Map<?, ?> content) || !(content.get(PROBLEM) instanceof Map<?, ?> media)
                || !(media.get("schema") instanceof Map<?, ?> schema)
                || !"#/components/schemas/Problem".equals(schema.get("$ref"))) {
            mismatches.add(label + ": " + status + " is not application/problem+json with the Problem schema");
        }
    }

    // --- the documents

    private interface OperationVisitor {
        void visit(String method, String path, Map<String, Object> operation);
    }

    @SuppressWarnings("unchecked")
    private void forEachOperation(Service service, OperationVisitor visitor) throws IOException {
        Path file = root.resolve(service.name()).resolve("target/openapi/openapi.json");
        assertTrue(Files.exists(file), file + " is missing: build the services first (./mvnw package)");
        JsonPath doc = JsonPath.from(Files.readString(file, StandardCharsets.UTF_8));
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        for (Map.Entry<String, Map<String, Object>> item : paths.entrySet()) {
            for (String method : METHODS) {
                if (item.getValue().get(method) instanceof Map<?, ?> op) {
                    visitor.visit(method, item.getKey(), (Map<String, Object>) op);
                }
            }
        }
    }

    private static Map<String, Object> withMethod(Map<String, Object> op, String method, String path) {
        Map<String, Object> out = new LinkedHashMap<>(op);
        out.put("x-method", method);
        out.put("x-path", path);
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> responses(Map<String, Object> op) {
        return op.get("responses") instanceof Map<?, ?> r ? (Map<String, Object>) r : Map.of();
    }

    // --- the sources

    /** A POST resource method: the operationId it gets, and whether its body answers 201. */
    record SourceMethod(String resource, String method, String operationId, boolean creates) {
        @Override
        public String toString() {
            return resource + "." + method + " (" + operationId + ")";
        }
    }

    private static final Pattern SIGNATURE = Pattern.compile("^    public\\s+[\\w.<>?, \\[\\]]+\\s+(\\w+)\\s*\\(");
    private static final Pattern CREATES = Pattern.compile("\\bcreated\\(|status\\(\\s*201\\s*\\)|Status\\.CREATED");
    private static final Pattern OPERATION_ID = Pattern.compile("operationId\\s*=\\s*\"([^\"]+)\"");

    /**
     * The POST methods of the service's resources and of the kit's (which the services serve): the annotations
     * above each public method's signature, and its body ({@code created(...)} also finds a helper of that name).
     */
    private List<SourceMethod> sourceMethods(Service service, boolean kit) throws IOException {
        List<SourceMethod> out = new ArrayList<>();
        Path dir = kit ? root.resolve("service-kit/src/main/java") : root.resolve(service.name()).resolve("src/main/java");
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                if (!text.contains("@Path(") || !text.contains("@POST")) {
                    continue;
                }
                String resource = file.getFileName().toString().replace(".java", "");
                String[] lines = text.split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    Matcher signature = SIGNATURE.matcher(lines[i]);
                    if (!signature.find()) {
                        continue;
                    }
                    StringBuilder annotations = new StringBuilder();
                    for (int j = i - 1; j >= 0; j--) {
                        String line = lines[j].strip();
                        if (line.isEmpty() || line.equals("}") || line.endsWith("*/") || line.endsWith(";")
                                || (line.endsWith("{") && !line.startsWith("@"))) {
                            break;
                        }
                        annotations.insert(0, line + "\n");
                    }
                    if (!Pattern.compile("(?m)^@POST\\b").matcher(annotations).find()) {
                        continue;
                    }
                    int offset = 0;
                    for (int j = 0; j < i; j++) {
                        offset += lines[j].length() + 1;
                    }
                    String method = signature.group(1);
                    Matcher id = OPERATION_ID.matcher(annotations);
                    out.add(new SourceMethod(resource, method, id.find() ? id.group(1)
                            : derivedOperationId(resource, method), CREATES.matcher(body(text, offset)).find()));
                }
            }
        }
        return out;
    }

    /** As the kit's ContractsFilter derives it: {@code ApplicationResource}, {@code register} → {@code applicationRegister}. */
    static String derivedOperationId(String resourceClass, String method) {
        String base = resourceClass.endsWith("Resource") && resourceClass.length() > "Resource".length()
                ? resourceClass.substring(0, resourceClass.length() - "Resource".length()) : resourceClass;
        return Character.toLowerCase(base.charAt(0)) + base.substring(1)
                + Character.toUpperCase(method.charAt(0)) + method.substring(1);
    }

    /** The method body from the signature's opening parenthesis: the text of its outermost braces. */
    private static String body(String text, int from) {
        int open = text.indexOf('{', from);
        int semicolon = text.indexOf(';', from);
        if (open < 0 || (semicolon >= 0 && semicolon < open)) {
            return "";
        }
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return text.substring(open, i + 1);
            }
        }
        return text.substring(open);
    }
}
