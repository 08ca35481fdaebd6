package pa.gob.refugio.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import pa.gob.refugio.infra.LocalSigningKey;
import pa.gob.refugio.infra.Ports;
import pa.gob.refugio.security.Roles;

/**
 * {@code up}: starts the whole backend on fixed ports and waits for Ctrl-C. {@code token ROLE [INSTITUTION]}: prints
 * a bearer token for that role, signed with the local key. Run from the repository root (see deploy/refugio).
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
            case "up" -> up(root, data);
            case "token" -> token(data, args);
            default -> {
                System.err.println("usage: refugio up | refugio token ROLE [INSTITUTION]   (roles: " + Roles.ALL + ")");
                System.exit(2);
            }
        }
    }

    private static void up(Path root, Path data) throws InterruptedException {
        int pgPort = Integer.parseInt(env("REFUGIO_PG_PORT", "15432"));
        int kafkaPort = Integer.parseInt(env("REFUGIO_KAFKA_PORT", "9092"));
        for (int port : new int[] {pgPort, kafkaPort, 8081, 8082, 8083, 8084, 8085}) {
            if (Ports.inUse(port)) {
                System.err.println("[refugio] port " + port + " is already in use: is the stack already running?");
                System.exit(1);
            }
        }
        long started = System.nanoTime();
        Stack stack = Stack.start(new Stack.Config(root, data, pgPort, kafkaPort, Map.of(), false, Map.of()));
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
                institution, Duration.ofHours(8)));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private LocalStack() {
    }
}
