package pa.gob.refugio.stack;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import pa.gob.refugio.infra.LocalSigningKey;
import pa.gob.refugio.infra.Ports;
import pa.gob.refugio.security.Roles;

/**
 * {@code up [--fast]}: starts the whole backend on fixed ports, supervised, and waits for Ctrl-C (durable, as
 * production runs; {@code --fast}: quick to start, not crash-safe). {@code token ROLE [INSTITUTION]}: prints a bearer
 * token for that role, signed with the local key. {@code bench ...}: the benchmark (docs/performance.md). Run from the
 * repository root (see deploy/refugio).
 */
public final class LocalStack {

    public static void main(String[] args) throws Exception {
        // Kafka and PostgreSQL speak at WARN here; each service logs to .refugio/logs/<service>.log.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel",
                System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"));
        String command = args.length == 0 ? "up" : args[0];
        Path root = Path.of(System.getProperty("refugio.root", ".")).toAbsolutePath().normalize();
        Path data = root.resolve(".refugio");
        switch (command) {
            case "up" -> up(root, data, mode(Arrays.copyOfRange(args, 1, args.length)));
            case "token" -> token(data, args);
            case "bench" -> bench(Arrays.copyOfRange(args, 1, args.length));
            default -> {
                System.err.println("usage: refugio up [--fast] | refugio token ROLE [INSTITUTION] | refugio bench ..."
                        + "   (roles: " + Roles.ALL + ")");
                System.exit(2);
            }
        }
    }

    private static Stack.Mode mode(String[] options) {
        List<String> rest = List.of(options);
        if (rest.isEmpty()) {
            return Stack.Mode.DURABLE;
        }
        if (rest.equals(List.of("--fast"))) {
            return Stack.Mode.FAST;
        }
        System.err.println("usage: refugio up [--fast]   (unknown option " + rest + ")");
        System.exit(2);
        return null;
    }

    /** The benchmark lives in the {@code bench} package; called by name so that a build without it still runs. */
    private static void bench(String[] rest) throws Exception {
        Class<?> bench;
        try {
            bench = Class.forName("pa.gob.refugio.stack.bench.Bench");
        } catch (ClassNotFoundException e) {
            System.err.println("[refugio] benchmark not available in this build");
            System.exit(2);
            return;
        }
        try {
            bench.getMethod("main", String[].class).invoke(null, (Object) rest);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static void up(Path root, Path data, Stack.Mode mode) throws InterruptedException {
        int pgPort = Integer.parseInt(env("REFUGIO_PG_PORT", "15432"));
        int kafkaPort = Integer.parseInt(env("REFUGIO_KAFKA_PORT", "9092"));
        for (int port : new int[] {pgPort, kafkaPort, 8081, 8082, 8083, 8084, 8085}) {
            if (Ports.inUse(port)) {
                System.err.println("[refugio] port " + port + " is already in use: is the stack already running?");
                System.exit(1);
            }
        }
        if (mode == Stack.Mode.FAST) {
            Stack.log("FAST mode (--fast): PostgreSQL without fsync and the services on the quick-start compiler;"
                    + " for development only: not production figures, and a crash or power cut can corrupt "
                    + data.resolve("postgres"));
        } else {
            Stack.log("DURABLE mode: PostgreSQL with fsync and synchronous commit, the services with production JVM"
                    + " flags (./deploy/refugio up --fast starts quicker, without those guarantees)");
        }
        long started = System.nanoTime();
        Stack stack = Stack.start(new Stack.Config(root, data, pgPort, kafkaPort, Map.of(), false, Map.of(), mode));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Stack.log("stopping the services, Kafka and PostgreSQL ...");
            stack.close();
            Stack.log("stopped; data kept in " + data);
            stopped.countDown();
        }, "refugio-stop"));
        Stack.log(String.format(Locale.ROOT, "all five services are healthy (%d s)",
                Duration.ofNanos(System.nanoTime() - started).toSeconds()));
        for (Service s : Service.ALL) {
            System.out.printf(Locale.ROOT, "  %-22s %s   (OpenAPI %s/q/swagger-ui)%n", s.name(), stack.baseUrl(s),
                    stack.baseUrl(s));
        }
        System.out.println("  kafka                  " + stack.kafkaBootstrapServers());
        System.out.println("  postgresql             localhost:" + pgPort + " (user postgres, one database per service)");
        System.out.println("  logs                   " + data.resolve("logs"));
        System.out.println("  tokens                 ./deploy/refugio token conare   (roles: " + Roles.ALL + ")");
        System.out.println("  mode                   " + mode + (mode == Stack.Mode.FAST ? " (not crash-safe)" : "")
                + "; JVM flags " + String.join(" ", stack.jvmFlags()));
        System.out.println("  supervision            a service that dies is restarted (1 s, 2 s, 4 s ... 30 s; "
                + "gives up after " + RestartBackoff.MAX_RESTARTS_IN_A_ROW + " in a row)");
        System.out.println("Press Ctrl-C to stop.");
        stopped.await();
    }

    private static void token(Path data, String[] args) {
        if (args.length < 2 || !Roles.ALL.contains(args[1])) {
            System.err.println("usage: refugio token ROLE [INSTITUTION]   (roles: " + Roles.ALL + ")");
            System.exit(2);
        }
        String role = args[1];
        String institution = args.length > 2 ? args[2] : Roles.institutionOf(role);
        LocalSigningKey key = LocalSigningKey.loadOrCreate(data.resolve("keys"));
        System.out.println(key.minter().mint("local-" + role + "-" + institution.toLowerCase(Locale.ROOT), role,
                institution, Duration.ofHours(1)));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private LocalStack() {
    }
}
