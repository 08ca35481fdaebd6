package pa.gob.refugio.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import pa.gob.refugio.events.Topics;
import pa.gob.refugio.infra.EmbeddedKafka;
import pa.gob.refugio.infra.EmbeddedPostgresServer;
import pa.gob.refugio.infra.LocalSigningKey;

/**
 * PostgreSQL, Kafka and the five services as separate processes, as they run in production. Used by the local
 * stack (fixed ports, data kept under {@code .refugio/}), the benchmark and the end-to-end tests (random ports,
 * temporary data). Once started, a supervisor thread restarts a service process that exits (see
 * {@link RestartBackoff}), with the same command and environment, and says so on standard output.
 */
public final class Stack implements AutoCloseable {

    /**
     * How the stack runs: {@code DURABLE} is what production does (PostgreSQL with fsync and synchronous commit, the
     * JVM flags docs/operations.md recommends); {@code FAST} trades durability and peak speed for start-up time
     * (development, the end-to-end tests).
     */
    public enum Mode { DURABLE, FAST }

    /** Where and how to run. */
    public record Config(Path repositoryRoot, Path dataDirectory, int postgresPort, int kafkaPort,
                         Map<String, Integer> servicePorts, boolean inheritServiceOutput,
                         Map<String, String> extraEnvironment, Mode mode) {

        /** The end-to-end tests' configuration: {@link Mode#FAST}. */
        public Config(Path repositoryRoot, Path dataDirectory, int postgresPort, int kafkaPort,
                      Map<String, Integer> servicePorts, boolean inheritServiceOutput,
                      Map<String, String> extraEnvironment) {
            this(repositoryRoot, dataDirectory, postgresPort, kafkaPort, servicePorts, inheritServiceOutput,
                    extraEnvironment, Mode.FAST);
        }
    }

    private final Config config;
    private EmbeddedPostgresServer postgres;
    private EmbeddedKafka kafka;
    private LocalSigningKey signingKey;
    /** The current process of each service (replaced when the supervisor restarts one). */
    private final Map<String, Process> processes = new ConcurrentHashMap<>();
    /** How each service is started: the supervisor starts it again the same way. */
    private final Map<String, ProcessBuilder> launchers = new HashMap<>();
    private final Map<String, Integer> restarts = new ConcurrentHashMap<>();
    private List<String> jvmFlags;
    private volatile boolean closing;
    private Thread supervisor;

    private Stack(Config config) {
        this.config = config;
    }

    public static Stack start(Config config) {
        Stack stack = new Stack(config);
        try {
            stack.startInfrastructure();
            stack.startServices();
            // Normally under 30 s; generous for a loaded CI machine.
            stack.awaitHealthy(Duration.ofMinutes(6));
            stack.startSupervisor();
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    private void startInfrastructure() {
        Path data = config.dataDirectory();
        signingKey = LocalSigningKey.loadOrCreate(data.resolve("keys"));
        log("PostgreSQL on port " + config.postgresPort() + " (data in " + data.resolve("postgres") + "; "
                + (durable() ? "fsync on, synchronous_commit on" : "fsync off, synchronous_commit off: not crash-safe")
                + ")");
        postgres = EmbeddedPostgresServer.start(config.postgresPort(), data.resolve("postgres"), durable());
        for (Service s : Service.ALL) {
            postgres.ensureDatabase(s.database());
        }
        log("Kafka on port " + config.kafkaPort() + " (data in " + data.resolve("kafka") + ")");
        kafka = EmbeddedKafka.start(config.kafkaPort(), data.resolve("kafka"));
        kafka.createTopics(Topics.ALL, 3);
    }

    private void startServices() {
        Path logs = config.dataDirectory().resolve("logs");
        try {
            Files.createDirectories(logs);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        jvmFlags = JvmFlags.of(config.mode());
        String override = System.getenv(JvmFlags.OVERRIDE_VARIABLE);
        log("services' JVM flags: " + String.join(" ", jvmFlags)
                + (override == null || override.isBlank() ? "" : " (from " + JvmFlags.OVERRIDE_VARIABLE + ")"));
        Map<String, String> secrets = LocalSecrets.loadOrCreate(config.dataDirectory().resolve("keys"));
        for (Service s : Service.ALL) {
            Path runner = s.runner(config.repositoryRoot());
            if (!Files.exists(runner)) {
                throw new IllegalStateException(runner + " is missing: build first with ./mvnw -DskipTests package");
            }
            List<String> command = new ArrayList<>();
            command.add(java);
            command.addAll(jvmFlags);
            command.addAll(List.of("-jar", runner.toString()));
            ProcessBuilder pb = new ProcessBuilder(command).directory(config.repositoryRoot().toFile());
            Map<String, String> env = pb.environment();
            env.put("HTTP_PORT", String.valueOf(port(s)));
            env.put("REFUGIO_DB_URL", postgres.jdbcUrl(s.database()));
            env.put("REFUGIO_DB_USER", EmbeddedPostgresServer.USER);
            env.put("REFUGIO_DB_PASSWORD", EmbeddedPostgresServer.PASSWORD);
            env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
            env.put("REFUGIO_JWT_ISSUER", LocalSigningKey.ISSUER);
            env.put("REFUGIO_JWT_PUBLIC_KEY_LOCATION", signingKey.publicKeyFile().toUri().toString());
            env.put("REFUGIO_SECURITY_LOCAL_ISSUER_ALLOWED", "true"); // a local profile made explicit (docs/security.md "Tokens")
            env.put("REFUGIO_JWT_KEY_ID", LocalSigningKey.KEY_ID);
            env.putAll(secrets);
            env.putAll(consoleEnvironment());
            env.putAll(readSources(s));
            env.putAll(config.extraEnvironment());
            if (config.inheritServiceOutput()) {
                pb.inheritIO();
            } else {
                Path log = logs.resolve(s.name() + ".log");
                pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            }
            launchers.put(s.name(), pb);
            try {
                processes.put(s.name(), pb.start());
            } catch (IOException e) {
                throw new IllegalStateException("Cannot start " + s.name(), e);
            }
        }
    }

    private boolean durable() {
        return config.mode() == Mode.DURABLE;
    }

    private void startSupervisor() {
        supervisor = new Thread(new Supervisor(), "refugio-supervisor");
        supervisor.setDaemon(true);
        supervisor.start();
    }

    /**
     * Watches the service processes (a few times a second): one that exited is started again after the backoff of
     * {@link RestartBackoff}, and reported when it answers its readiness check again. Stops when the stack closes.
     */
    private final class Supervisor implements Runnable {

        private final Map<String, RestartBackoff> backoff = new HashMap<>();
        private final Map<String, Instant> restartAt = new HashMap<>();
        private final Map<String, Instant> diedAt = new HashMap<>();
        private final Map<String, Instant> lastReadyCheck = new HashMap<>();
        private final Map<String, Boolean> gaveUp = new HashMap<>();

        @Override
        public void run() {
            Instant started = Instant.now();
            for (Service s : Service.ALL) {
                backoff.put(s.name(), new RestartBackoff());
                backoff.get(s.name()).ready(started);
            }
            while (!closing) {
                for (Service s : Service.ALL) {
                    if (closing) {
                        return;
                    }
                    watch(s.name(), Instant.now());
                }
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        private void watch(String name, Instant now) {
            if (gaveUp.getOrDefault(name, false)) {
                return;
            }
            Instant due = restartAt.get(name);
            if (due != null) {
                if (!now.isBefore(due)) {
                    restartAt.remove(name);
                    restart(name);
                }
                return;
            }
            Process p = processes.get(name);
            if (p == null) {
                return;
            }
            if (!p.isAlive()) {
                died(name, p.exitValue(), now);
            } else if (diedAt.containsKey(name)) {
                awaitReady(name, now);
            }
        }

        private void died(String name, int exit, Instant now) {
            RestartBackoff b = backoff.get(name);
            Optional<Duration> delay = b.died(now);
            diedAt.put(name, now);
            if (delay.isEmpty()) {
                gaveUp.put(name, true);
                log(name + " died (exit " + exit + ") after " + b.restartsInARow() + " restarts in a row; "
                        + "giving up: it stays down until the stack is started again (see " + logFile(name) + ")");
                return;
            }
            log(name + " died (exit " + exit + "); restarting in " + seconds(delay.get()) + " (restart "
                    + b.restartsInARow() + ")");
            restartAt.put(name, now.plus(delay.get()));
        }

        private void restart(String name) {
            if (closing) {
                return;
            }
            try {
                Process p = launchers.get(name).start();
                processes.put(name, p);
                restarts.merge(name, 1, Integer::sum);
                log(name + " started again (pid " + p.pid() + "); waiting until it is ready");
            } catch (IOException e) {
                log(name + " could not be started again: " + e.getMessage());
                // counted as another death: the next attempt waits longer
                died(name, -1, Instant.now());
            }
        }

        private void awaitReady(String name, Instant now) {
            Instant last = lastReadyCheck.get(name);
            if (last != null && Duration.between(last, now).toMillis() < 1000) {
                return;
            }
            lastReadyCheck.put(name, now);
            if (isReady(name)) {
                Instant died = diedAt.remove(name);
                lastReadyCheck.remove(name);
                backoff.get(name).ready(Instant.now());
                log(name + " is ready again (restart " + backoff.get(name).restartsInARow() + ", "
                        + seconds(Duration.between(died, Instant.now())) + " after it died)");
            }
        }

        private String seconds(Duration d) {
            long ms = d.toMillis();
            return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
        }
    }

    private Path logFile(String serviceName) {
        return config.dataDirectory().resolve("logs").resolve(serviceName + ".log");
    }

    private void awaitHealthy(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long until = System.nanoTime() + timeout.toNanos();
        for (Service s : Service.ALL) {
            URI health = URI.create(baseUrl(s) + "/q/health/ready");
            while (true) {
                Process p = processes.get(s.name());
                if (!p.isAlive()) {
                    throw new IllegalStateException(s.name() + " exited with code " + p.exitValue() + "; see "
                            + logFile(s.name()));
                }
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(5))
                            .build(), HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200) {
                        break;
                    }
                } catch (IOException e) {
                    // not listening yet
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while waiting for " + s.name(), e);
                }
                if (System.nanoTime() > until) {
                    throw new IllegalStateException(s.name() + " did not become healthy within " + timeout);
                }
                sleep(500);
            }
        }
    }

    /**
     * The operations console (/console/ of every service) polls the five services from the browser: their base URLs,
     * and CORS for the pages of each of them (localhost and 127.0.0.1).
     */
    private Map<String, String> consoleEnvironment() {
        List<String> services = new ArrayList<>();
        List<String> origins = new ArrayList<>();
        for (Service s : Service.ALL) {
            services.add(s.name() + "=" + baseUrl(s));
            origins.add(baseUrl(s));
            origins.add("http://127.0.0.1:" + port(s));
        }
        return Map.of("REFUGIO_CONSOLE_SERVICES", String.join(",", services),
                "REFUGIO_CONSOLE_ORIGINS", String.join(",", origins));
    }

    public int port(Service s) {
        return config.servicePorts().getOrDefault(s.name(), s.defaultPort());
    }

    /**
     * The read endpoints a service composes its answer from: decision-service's case file reads registration-service
     * and interview-service (docs/services/decision-service.md "CONARE's case file").
     */
    private Map<String, String> readSources(Service s) {
        if (!"decision-service".equals(s.name())) {
            return Map.of();
        }
        Map<String, String> env = new java.util.HashMap<>();
        for (Service other : Service.ALL) {
            if ("registration-service".equals(other.name())) {
                env.put("REFUGIO_DECISION_REGISTRATION_URL", baseUrl(other));
            } else if ("interview-service".equals(other.name())) {
                env.put("REFUGIO_DECISION_INTERVIEW_URL", baseUrl(other));
            }
        }
        return env;
    }

    public String baseUrl(Service s) {
        return "http://localhost:" + port(s);
    }

    public String baseUrl(String serviceName) {
        return baseUrl(Service.ALL.stream().filter(s -> s.name().equals(serviceName)).findFirst().orElseThrow());
    }

    /** The JDBC URL of a service's own database (user and password: EmbeddedPostgresServer's); tests read it. */
    public String jdbcUrl(String serviceName) {
        return postgres.jdbcUrl(Service.ALL.stream().filter(s -> s.name().equals(serviceName)).findFirst()
                .orElseThrow().database());
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    public LocalSigningKey signingKey() {
        return signingKey;
    }

    public Mode mode() {
        return config.mode();
    }

    /** The flags the services' JVMs were started with ({@link JvmFlags}). */
    public List<String> jvmFlags() {
        return jvmFlags;
    }

    /** How many times the supervisor has started a service again since the stack started. */
    public int restarts(String serviceName) {
        return restarts.getOrDefault(serviceName, 0);
    }

    /** The running process of a service (its CPU time and memory are read from it), if it runs. */
    public Optional<ProcessHandle> processOf(String serviceName) {
        Process p = processes.get(serviceName);
        return p == null || !p.isAlive() ? Optional.empty() : Optional.of(p.toHandle());
    }

    /** Kills a service as a crash would (SIGKILL, no shutdown hooks); the supervisor restarts it. */
    public void killService(String serviceName) {
        Process p = processes.get(serviceName);
        if (p != null) {
            p.destroyForcibly();
        }
    }

    /** Whether a service answers its readiness check now. */
    public boolean isReady(String serviceName) {
        try {
            HttpResponse<String> r = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()
                    .send(HttpRequest.newBuilder(URI.create(baseUrl(serviceName) + "/q/health/ready"))
                            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Stops the Kafka broker only (to show that no event is lost while it is away). */
    public void stopKafka() {
        kafka.close();
    }

    /** Starts the Kafka broker again on the same port and data. */
    public void restartKafka() {
        kafka = EmbeddedKafka.start(config.kafkaPort(), config.dataDirectory().resolve("kafka"));
    }

    /** Stops PostgreSQL only (to show that services answer 503 meanwhile and recover by themselves). */
    public void stopPostgres() {
        postgres.close();
    }

    /** Starts PostgreSQL again on the same port and data. */
    public void restartPostgres() {
        postgres = EmbeddedPostgresServer.start(config.postgresPort(), config.dataDirectory().resolve("postgres"),
                durable());
    }

    /**
     * Freezes PostgreSQL (SIGSTOP to the server and all its processes, POSIX only): connections stay open but nothing
     * answers, as with a database host that hangs. {@link #thawPostgres()} resumes it.
     */
    public void freezePostgres() {
        signalPostgres("-STOP");
    }

    public void thawPostgres() {
        signalPostgres("-CONT");
    }

    private void signalPostgres(String signal) {
        try {
            long pid = Long.parseLong(Files.readAllLines(config.dataDirectory().resolve("postgres")
                    .resolve("postmaster.pid")).get(0).trim());
            List<String> command = new ArrayList<>(List.of("kill", signal, String.valueOf(pid)));
            ProcessHandle.of(pid).ifPresent(p -> p.descendants().forEach(d -> command.add(String.valueOf(d.pid()))));
            Process kill = new ProcessBuilder(command).inheritIO().start();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new IllegalStateException("kill " + signal + " failed for PostgreSQL " + command);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot signal PostgreSQL", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stops the supervisor first (a closing stack restarts nothing), then the services, Kafka and PostgreSQL. */
    @Override
    public void close() {
        closing = true;
        if (supervisor != null) {
            supervisor.interrupt();
            try {
                supervisor.join(TimeUnit.SECONDS.toMillis(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            supervisor = null;
        }
        List<Process> running = new ArrayList<>();
        for (Service s : Service.ALL) {
            Process p = processes.get(s.name());
            if (p != null) {
                running.add(p);
                p.destroy();
            }
        }
        for (Process p : running) {
            try {
                if (!p.waitFor(20, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                p.destroyForcibly();
            }
        }
        processes.clear();
        if (kafka != null) {
            kafka.close();
            kafka = null;
        }
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void log(String message) {
        System.out.println("[refugio] " + message);
    }
}
