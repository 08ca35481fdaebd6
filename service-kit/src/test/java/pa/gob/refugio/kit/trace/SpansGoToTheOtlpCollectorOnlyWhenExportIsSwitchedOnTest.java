package pa.gob.refugio.kit.trace;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.RealInfrastructureResource;
import pa.gob.refugio.testing.Tokens;

/**
 * With {@code OTEL_TRACES_EXPORTER=otlp} ({@code refugio.traces.exporter}) the spans go to the OTLP collector named by
 * {@code OTEL_EXPORTER_OTLP_ENDPOINT}: here a fake collector speaking OTLP over HTTP that counts what it receives.
 */
@QuarkusTest
@TestProfile(SpansGoToTheOtlpCollectorOnlyWhenExportIsSwitchedOnTest.OtlpOn.class)
@WithTestResource(RealInfrastructureResource.class)
class SpansGoToTheOtlpCollectorOnlyWhenExportIsSwitchedOnTest {

    /** Shared through system properties (strings only): the profile and the test may load this class twice. */
    private static final String PORT_KEY = "kit-test.otlp-collector.port";
    private static final String RECEIVED_KEY = "kit-test.otlp-collector.received";

    public static class OtlpOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("refugio.traces.exporter", "otlp",
                    "quarkus.otel.exporter.otlp.endpoint", "http://127.0.0.1:" + collector(),
                    "quarkus.otel.exporter.otlp.protocol", "http/protobuf",
                    "kit-test.recorded-spans", "false");
        }
    }

    @Test
    void aRequestsSpansReachTheCollector() throws InterruptedException {
        given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION))
                .get("/api/v1/kit-test/cases/" + UUID.randomUUID() + "/state").then().statusCode(409);
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (received().isEmpty() && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        assertTrue(received().contains("/v1/traces,"), "the collector received spans: " + received());
    }

    /** The paths the collector received, comma-separated. */
    private static String received() {
        collector();
        return System.getProperty(RECEIVED_KEY, "");
    }

    /** Starts the fake collector once per JVM; returns its port. */
    private static int collector() {
        synchronized (System.getProperties()) {
            String port = System.getProperty(PORT_KEY);
            if (port != null) {
                return Integer.parseInt(port);
            }
            try {
                HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
                server.createContext("/", exchange -> {
                    exchange.getRequestBody().readAllBytes();
                    synchronized (System.getProperties()) {
                        System.setProperty(RECEIVED_KEY, System.getProperty(RECEIVED_KEY, "")
                                + exchange.getRequestURI().getPath() + ",");
                    }
                    exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
                    exchange.sendResponseHeaders(200, -1);
                    exchange.close();
                });
                server.start();
                System.setProperty(PORT_KEY, String.valueOf(server.getAddress().getPort()));
                return server.getAddress().getPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
