package pa.gob.refugio.decision.casefile;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * registration-service and interview-service faked at the HTTP boundary: one local server answering the paths a test
 * put in {@link #ROUTES} (status and JSON body); any other path answers 404. Records the Authorization headers seen.
 */
public class FakeUpstreams implements QuarkusTestResourceLifecycleManager {

    public record Answer(int status, String body) {
    }

    public static final Map<String, Answer> ROUTES = new ConcurrentHashMap<>();
    public static final Map<String, String> AUTHORIZATION_SEEN = new ConcurrentHashMap<>();

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            if (authorization != null) {
                AUTHORIZATION_SEEN.put(path, authorization);
            }
            Answer answer = ROUTES.getOrDefault(path, new Answer(404, "{}"));
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(answer.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of("refugio.decision.registration-url", url, "refugio.decision.interview-url", url,
                "refugio.decision.case-file.timeout", "PT2S");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
