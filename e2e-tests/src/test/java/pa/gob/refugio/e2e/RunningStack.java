package pa.gob.refugio.e2e;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import pa.gob.refugio.infra.Ports;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.stack.Service;
import pa.gob.refugio.stack.Stack;

/** The five packaged services on a real PostgreSQL and Kafka, started once for all end-to-end tests. */
final class RunningStack {

    private static Stack stack;
    private static RuntimeException failedStart;

    static synchronized Stack get() {
        if (failedStart != null) {
            throw new IllegalStateException("The stack could not start (see the first failure)", failedStart);
        }
        if (stack == null) {
            try {
                Path root = Path.of(System.getProperty("refugio.root", "..")).toAbsolutePath().normalize();
                Path data = Files.createTempDirectory("refugio-e2e");
                Map<String, Integer> ports = new HashMap<>();
                for (Service s : Service.ALL) {
                    ports.put(s.name(), Ports.free());
                }
                // Windows that lapse are noticed within seconds rather than the production minute.
                stack = Stack.start(new Stack.Config(root, data, Ports.free(), Ports.free(), ports, false,
                        Map.of("REFUGIO_APPEALS_LAPSE_CHECK_EVERY", "2s")));
                Runtime.getRuntime().addShutdownHook(new Thread(stack::close));
                System.out.println("e2e stack data and service logs in " + data);
            } catch (java.io.IOException e) {
                failedStart = new IllegalStateException(e);
                throw failedStart;
            } catch (RuntimeException e) {
                failedStart = e;
                throw e;
            }
        }
        return stack;
    }

    /** A request to {@code service} with a token of {@code role}. */
    static RequestSpecification as(String role, String service) {
        String token = get().signingKey().minter().mint("e2e-" + role, role, Roles.institutionOf(role),
                Duration.ofHours(1));
        return given().baseUri(get().baseUrl(service)).auth().oauth2(token).contentType("application/json");
    }

    static RequestSpecification anonymous(String service) {
        return given().baseUri(get().baseUrl(service));
    }

    /** Repeats {@code call} until its response satisfies {@code done}: services react to events asynchronously. */
    static Response eventually(Supplier<Response> call, Predicate<Response> done, Duration timeout) {
        long until = System.nanoTime() + timeout.toNanos();
        Response last;
        while (true) {
            last = call.get();
            if (done.test(last)) {
                return last;
            }
            if (System.nanoTime() > until) {
                throw new AssertionError("Condition not met within " + timeout + "; last response "
                        + last.statusCode() + ": " + last.asString());
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    static Response eventually(Supplier<Response> call, Predicate<Response> done) {
        return eventually(call, done, Duration.ofSeconds(60));
    }

    private RunningStack() {
    }
}
