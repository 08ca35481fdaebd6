package pa.gob.refugio.registration.partner.webhook;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A partner's webhook endpoint on loopback (JDK HttpServer on a free port): answers with the scripted statuses, then
 * with 200, records every request and checks its signature the way the documentation tells partners to, with its own
 * HMAC code rather than the service's.
 */
final class Receiver implements AutoCloseable {

    record Received(String webhookId, String timestamp, String signature, String contentType, String body,
                    boolean signatureValid) {
    }

    private final HttpServer server;
    private final Deque<Integer> script = new ArrayDeque<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile String secret;
    private volatile int thenStatus = 200;

    private Receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    /** A receiver answering {@code statuses} in turn, then 200. */
    static Receiver answering(int... statuses) {
        try {
            Receiver receiver = new Receiver();
            for (int status : statuses) {
                receiver.script.add(status);
            }
            return receiver;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** From now on answer {@code status} to every request. */
    Receiver alwaysAnswer(int status) {
        synchronized (script) {
            script.clear();
            thenStatus = status;
        }
        return this;
    }

    /** The secret the subscription was created with (shown once), to check signatures. */
    Receiver withSecret(String secret) {
        this.secret = secret;
        return this;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String id = exchange.getRequestHeaders().getFirst("Refugio-Webhook-Id");
            String timestamp = exchange.getRequestHeaders().getFirst("Refugio-Webhook-Timestamp");
            String signature = exchange.getRequestHeaders().getFirst("Refugio-Signature");
            received.add(new Received(id, timestamp, signature,
                    exchange.getRequestHeaders().getFirst("Content-Type"), body,
                    verify(timestamp, body, signature)));
            int status;
            synchronized (script) {
                status = script.isEmpty() ? thenStatus : script.poll();
            }
            exchange.sendResponseHeaders(status, -1);
        }
    }

    /** As in the documentation: v1= hex HMAC-SHA256 of "timestamp.body" keyed with the secret, compared in constant time. */
    private boolean verify(String timestamp, String body, String signature) {
        if (secret == null || timestamp == null || signature == null) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String expected = "v1=" + HexFormat.of().formatHex(
                    mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
            return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                    signature.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
