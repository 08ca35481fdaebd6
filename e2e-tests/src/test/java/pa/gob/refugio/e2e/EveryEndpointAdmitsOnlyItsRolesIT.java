package pa.gob.refugio.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.e2e.OpenApiEndpoints.Endpoint;
import pa.gob.refugio.infra.LocalSigningKey;
import pa.gob.refugio.infra.TokenMinter;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.stack.Service;

/**
 * The access-control matrix: every operation of every service's OpenAPI document, called once without a token,
 * once with a token of each role in {@link Roles#ALL} and once with a token signed by a key the services do not
 * trust. A role the document lists must get through (any status but 401/403: random ids and empty bodies answer
 * 400, 404, 409, 415 or 422); any other role gets a 403 problem; no token or a forged one gets a 401 problem.
 * Public operations (no security requirement) must not answer 401/403 to anyone (a forged token may be refused with
 * 401), and only GET verification endpoints may be public. Every mismatch is collected and reported at once. The
 * endpoint tables of docs/security.md are written to target/security-endpoints.md.
 */
class EveryEndpointAdmitsOnlyItsRolesIT {

    private static final String ANONYMOUS = "(none)";
    private static final String FORGED = "(forged)";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void everyOperationAdmitsTheRolesItsDocumentListsAndRefusesEveryoneElse() throws IOException {
        Path root = Path.of(System.getProperty("refugio.root", "..")).toAbsolutePath().normalize();
        List<Endpoint> endpoints = new ArrayList<>();
        for (Service s : Service.ALL) {
            endpoints.addAll(OpenApiEndpoints.of(s.name(), RunningStack.get().baseUrl(s), root));
        }
        assertFalse(endpoints.isEmpty(), "no operation found in the OpenAPI documents");

        TokenMinter trusted = RunningStack.get().signingKey().minter();
        TokenMinter untrusted = new TokenMinter(foreignKey(), LocalSigningKey.ISSUER);
        Map<String, String> tokens = new LinkedHashMap<>();
        Map<String, String> forged = new LinkedHashMap<>();
        for (String role : Roles.ALL) {
            tokens.put(role, trusted.mint("matrix-" + role, role, Roles.institutionOf(role), Duration.ofHours(1)));
            forged.put(role, untrusted.mint("matrix-" + role, role, Roles.institutionOf(role), Duration.ofHours(1)));
        }

        long started = System.nanoTime();
        List<String> mismatches = new ArrayList<>();
        List<String> serverErrors = new ArrayList<>();
        Map<Endpoint, Map<String, String>> cells = new LinkedHashMap<>();
        for (Endpoint e : endpoints) {
            Map<String, String> row = new LinkedHashMap<>();
            cells.put(e, row);
            for (String r : e.documentedRoles()) {
                if (r.contains("${")) {
                    mismatches.add(e.service() + " " + e.label() + ": the document names the unresolved expression "
                            + r + " instead of a role");
                }
            }
            if (e.isPublic() && !mayBePublic(e)) {
                mismatches.add(e.service() + " " + e.label() + ": public in its document (no security requirement),"
                        + " but only GET verification endpoints may be public (docs/architecture.md)");
            }
            for (String r : e.roles()) {
                if (!Roles.ALL.contains(r)) {
                    mismatches.add(e.service() + " " + e.label() + ": the document names an unknown role " + r);
                }
            }

            Answer anonymous = call(e, null);
            row.put(ANONYMOUS, check(e, ANONYMOUS, anonymous, e.isPublic() ? Expect.THROUGH : Expect.UNAUTHENTICATED,
                    mismatches, serverErrors));
            for (String role : Roles.ALL) {
                Expect expected = e.isPublic() || e.roles().contains(role) ? Expect.THROUGH : Expect.FORBIDDEN;
                row.put(role, check(e, role, call(e, tokens.get(role)), expected, mismatches, serverErrors));
            }
            // Signed by a foreign key, for a role the operation admits: only the signature is wrong.
            String role = e.roles().stream().filter(Roles.ALL::contains).findFirst().orElse(Roles.ALL.get(0));
            row.put(FORGED, check(e, FORGED, call(e, forged.get(role)),
                    e.isPublic() ? Expect.NOT_FORBIDDEN : Expect.UNAUTHENTICATED, mismatches, serverErrors));
        }

        String figures = figures(endpoints, mismatches)
                + String.format("%d requests in %.1f s%n", cells.size() * (Roles.ALL.size() + 2),
                        (System.nanoTime() - started) / 1e9);
        String table = table(cells);
        System.out.println(figures);
        System.out.println(table);
        String markdown = OpenApiEndpoints.markdown(OpenApiEndpoints.byService(endpoints));
        Path out = Path.of("target", "security-endpoints.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, markdown);
        System.out.println("Endpoint table for docs/security.md written to " + out.toAbsolutePath() + ":\n" + markdown);
        if (!serverErrors.isEmpty()) {
            System.out.println("Server errors (not access-control failures, but a client mistake should never be"
                    + " a 5xx):\n  " + String.join("\n  ", serverErrors));
        }
        assertTrue(mismatches.isEmpty(), mismatches.size() + " access-control mismatch(es):\n  "
                + String.join("\n  ", mismatches) + "\n" + figures);
    }

    /** docs/architecture.md: only document and certificate verification are public, and they only answer. */
    private static boolean mayBePublic(Endpoint e) {
        return "GET".equals(e.method()) && (e.pathTemplate().contains("/verification")
                || e.pathTemplate().equals("/.well-known/jwks.json")); // issue 13: the issuers' public keys
    }

    private enum Expect {
        /** Admitted: anything but 401/403. */
        THROUGH,
        /** A 401 problem. */
        UNAUTHENTICATED,
        /** A 403 problem. */
        FORBIDDEN,
        /** A public operation given a forged token may ignore it or refuse it (401), but not answer 403. */
        NOT_FORBIDDEN
    }

    private record Answer(int status, String contentType, String body) {
        boolean isProblem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }
    }

    /** Records a mismatch if {@code answer} is not what {@code expected} allows; returns the table cell. */
    private static String check(Endpoint e, String caller, Answer answer, Expect expected, List<String> mismatches,
                                List<String> serverErrors) {
        int s = answer.status();
        boolean ok = s > 0 && switch (expected) {
            case THROUGH -> s != 401 && s != 403;
            case UNAUTHENTICATED -> s == 401 && answer.isProblem();
            case FORBIDDEN -> s == 403 && answer.isProblem();
            case NOT_FORBIDDEN -> s != 403;
        };
        if (!ok) {
            mismatches.add(e.service() + " " + e.label() + " as " + caller + ": expected " + describe(expected)
                    + ", got " + s + " " + (answer.contentType() == null ? "" : answer.contentType() + " ")
                    + abbreviate(answer.body()));
        }
        if (s >= 500) {
            serverErrors.add(e.service() + " " + e.label() + " as " + caller + ": " + s + " "
                    + abbreviate(answer.body()));
        }
        return (ok ? "" : "!") + s;
    }

    private static String describe(Expect expected) {
        return switch (expected) {
            case THROUGH -> "to get through (not 401/403)";
            case UNAUTHENTICATED -> "a 401 problem";
            case FORBIDDEN -> "a 403 problem";
            case NOT_FORBIDDEN -> "not 403";
        };
    }

    /** One request, no retry. */
    private Answer call(Endpoint e, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(RunningStack.get().baseUrl(e.service()) + e.path()))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json, */*;q=0.5");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (e.requestMediaType() != null) {
            request.header("Content-Type", e.requestMediaType())
                    .method(e.method(), HttpRequest.BodyPublishers.ofString("{}"));
        } else {
            request.method(e.method(), HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(null), r.body());
        } catch (IOException ex) {
            return new Answer(-1, null, ex.toString());
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new AssertionError(ex);
        }
    }

    private static java.security.PrivateKey foreignKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (GeneralSecurityException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** Per service: operations, public ones, cells checked (operations × callers) and mismatches. */
    private static String figures(List<Endpoint> endpoints, List<String> mismatches) {
        int callers = Roles.ALL.size() + 2;
        StringBuilder out = new StringBuilder(String.format("%nAccess-control matrix: %d roles + no token + forged"
                + " token = %d callers per operation%n%-22s %5s %7s %7s %11s%n", Roles.ALL.size(), callers,
                "service", "ops", "public", "cells", "mismatches"));
        int ops = 0;
        int publicOps = 0;
        int bad = 0;
        for (Map.Entry<String, List<Endpoint>> s : OpenApiEndpoints.byService(endpoints).entrySet()) {
            int n = s.getValue().size();
            int p = (int) s.getValue().stream().filter(Endpoint::isPublic).count();
            int m = (int) mismatches.stream().filter(x -> x.startsWith(s.getKey() + " ")).count();
            out.append(String.format("%-22s %5d %7d %7d %11d%n", s.getKey(), n, p, n * callers, m));
            ops += n;
            publicOps += p;
            bad += m;
        }
        return out.append(String.format("%-22s %5d %7d %7d %11d%n", "total", ops, publicOps, ops * callers, bad))
                .toString();
    }

    /** Status per operation and caller; {@code *} marks a role the document admits, {@code !} a mismatch. */
    private static String table(Map<Endpoint, Map<String, String>> cells) {
        List<String> callers = new ArrayList<>();
        callers.add(ANONYMOUS);
        callers.addAll(Roles.ALL);
        callers.add(FORGED);
        StringBuilder legend = new StringBuilder("Columns: ");
        StringBuilder header = new StringBuilder(String.format("%-70s", "operation"));
        for (int i = 0; i < callers.size(); i++) {
            String code = code(i, callers.size());
            legend.append(code).append('=').append(callers.get(i)).append(i + 1 < callers.size() ? ", " : "");
            header.append(String.format(" %6s", code));
        }
        StringBuilder out = new StringBuilder(legend).append("\n* = admitted by the document, ! = mismatch\n")
                .append(header).append('\n');
        for (Map.Entry<Endpoint, Map<String, String>> row : cells.entrySet()) {
            Endpoint e = row.getKey();
            String op = e.service().replace("-service", "") + " " + e.label() + (e.isPublic() ? " [public]" : "");
            out.append(String.format("%-70s", op.length() > 70 ? op.substring(0, 67) + "..." : op));
            Set<String> admitted = e.roles();
            for (String caller : callers) {
                out.append(String.format(" %6s", (admitted.contains(caller) ? "*" : "") + row.getValue().get(caller)));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String code(int index, int count) {
        if (index == 0) {
            return "anon";
        }
        return index == count - 1 ? "forged" : "R" + index;
    }

    private static String abbreviate(String body) {
        if (body == null) {
            return "";
        }
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 160 ? flat.substring(0, 157) + "..." : flat;
    }
}
