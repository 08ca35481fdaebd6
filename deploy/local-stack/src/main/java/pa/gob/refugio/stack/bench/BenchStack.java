package pa.gob.refugio.stack.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import pa.gob.refugio.infra.EmbeddedPostgresServer;
import pa.gob.refugio.infra.LocalSigningKey;
import pa.gob.refugio.infra.Ports;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.stack.Service;
import pa.gob.refugio.stack.Stack;

/**
 * The stack under test: an own durable stack on free ports (data under {@code .refugio/bench/stack-<timestamp>/},
 * removed at the end unless kept), or the local stack already running on its default ports.
 */
final class BenchStack implements AutoCloseable {

    private final Stack stack;
    private final Path data;
    private final boolean keep;
    private final int postgresPort;
    private final String kafka;
    private final LocalSigningKey key;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    private BenchStack(Stack stack, Path data, boolean keep, int postgresPort, String kafka, LocalSigningKey key) {
        this.stack = stack;
        this.data = data;
        this.keep = keep;
        this.postgresPort = postgresPort;
        this.kafka = kafka;
        this.key = key;
    }

    /** Starts an own stack in {@link Stack.Mode#DURABLE}, every port free. */
    static BenchStack start(Path root, boolean keep) {
        Path data = root.resolve(".refugio/bench/stack-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        Map<String, Integer> ports = new HashMap<>();
        for (Service s : Service.ALL) {
            ports.put(s.name(), Ports.free());
        }
        int pg = Ports.free();
        int kafkaPort = Ports.free();
        Stack stack = Stack.start(new Stack.Config(root, data, pg, kafkaPort, ports, false, Map.of(),
                Stack.Mode.DURABLE));
        return new BenchStack(stack, data, keep, pg, stack.kafkaBootstrapServers(), stack.signingKey());
    }

    /** The local stack of {@code ./deploy/refugio up}: default ports, keys in {@code .refugio/keys}. */
    static BenchStack running(Path root) {
        int pg = Integer.parseInt(env("REFUGIO_PG_PORT", "15432"));
        String kafka = "localhost:" + env("REFUGIO_KAFKA_PORT", "9092");
        Path keys = root.resolve(".refugio/keys");
        if (!Files.exists(keys)) {
            throw new IllegalStateException(keys + " is missing: is the local stack running (./deploy/refugio up)?");
        }
        return new BenchStack(null, root.resolve(".refugio"), true, pg, kafka, LocalSigningKey.loadOrCreate(keys));
    }

    boolean own() {
        return stack != null;
    }

    Optional<Stack> stack() {
        return Optional.ofNullable(stack);
    }

    String baseUrl(String service) {
        if (stack != null) {
            return stack.baseUrl(service);
        }
        return "http://localhost:" + Service.ALL.stream().filter(s -> s.name().equals(service)).findFirst()
                .orElseThrow().defaultPort();
    }

    String kafkaBootstrapServers() {
        return kafka;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + postgresPort + "/" + database;
    }

    static String dbUser() {
        return EmbeddedPostgresServer.USER;
    }

    static String dbPassword() {
        return EmbeddedPostgresServer.PASSWORD;
    }

    /** A bearer token for the role (its institution's), minted once per run with the stack's signing key. */
    String token(String role) {
        return tokens.computeIfAbsent(role + "@" + System.currentTimeMillis() / 1_800_000, r -> key.minter().mint(
                "bench-" + role, role, Roles.institutionOf(role), Duration.ofHours(1))); // fresh each half hour
    }

    /**
     * The service's process: from the own stack, or (running stack) the java process whose command line runs the
     * service's packaged jar.
     */
    Optional<ProcessHandle> process(String service) {
        if (stack != null) {
            return stack.processOf(service);
        }
        String jar = service + "/target/quarkus-app/quarkus-run.jar";
        return ProcessHandle.allProcesses().filter(p -> p.info().commandLine().map(c -> c.contains(jar))
                .orElse(false)).findFirst();
    }

    Path dataDirectory() {
        return data;
    }

    @Override
    public void close() {
        if (stack == null || !closed.compareAndSet(false, true)) {
            return;
        }
        stack.close();
        if (keep) {
            System.out.println("[bench] stack data kept in " + data);
            return;
        }
        try (Stream<Path> files = Files.walk(data)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.out.println("[bench] could not remove " + data + ": " + e.getMessage());
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
