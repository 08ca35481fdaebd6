package pa.gob.refugio.stack.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** The services' HTTP API as the institutions call it: JSON, a bearer token of the role. */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();

    /** One answer; {@code status} 0 when the call did not reach the service (connection refused, timeout). */
    record Answer(int status, String body) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON: " + body, e);
            }
        }

        boolean ok() {
            return status >= 200 && status < 300;
        }

        /** Worth trying again: not reached, or the service is unavailable for a while (database away, starting). */
        boolean transientFailure() {
            return status == 0 || status == 502 || status == 503 || status == 504 || status == 500;
        }

        @Override
        public String toString() {
            return status + " " + (body.length() > 400 ? body.substring(0, 400) + "…" : body);
        }
    }

    private final BenchStack stack;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    final AtomicLong calls = new AtomicLong();

    Api(BenchStack stack) {
        this.stack = stack;
    }

    Answer post(String role, String service, String path, String body) {
        return post(role, service, path, body, null);
    }

    Answer post(String role, String service, String path, String body, String idempotencyKey) {
        HttpRequest.Builder b = request(role, service, path).POST(HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            b.header("Idempotency-Key", idempotencyKey);
        }
        return send(b.build());
    }

    Answer put(String role, String service, String path, String body) {
        return send(request(role, service, path).PUT(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    Answer get(String role, String service, String path) {
        return send(request(role, service, path).GET().build());
    }

    /** Without a token (health, metrics). */
    Answer getAnonymous(String service, String path) {
        return send(HttpRequest.newBuilder(URI.create(stack.baseUrl(service) + path))
                .timeout(Duration.ofSeconds(30)).GET().build());
    }

    private HttpRequest.Builder request(String role, String service, String path) {
        return HttpRequest.newBuilder(URI.create(stack.baseUrl(service) + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + stack.token(role))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json");
    }

    private Answer send(HttpRequest request) {
        calls.incrementAndGet();
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.body());
        } catch (IOException e) {
            return new Answer(0, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, "interrupted");
        }
    }
}
