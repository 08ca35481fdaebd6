package pa.gob.refugio.e2e.perf;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.events.Topics;
import pa.gob.refugio.infra.Ports;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.stack.Service;
import pa.gob.refugio.stack.Stack;

/**
 * Load probe of registration and of its first event hop, NOT a CI test (its name does not end in IT: failsafe runs it
 * only when asked). Starts the five packaged services (its own {@link Stack}), then {@code probe.callers} callers
 * (default 4) POST registrations of 1–4 member families at the five intake sites for {@code probe.warmup} seconds
 * (default 20, not counted) and then {@code probe.seconds} seconds (default 30). Prints:
 * <ul>
 * <li>registrations per second (trust it only on a quiet machine: see {@code uptime});</li>
 * <li>CPU seconds per registration of each service process ({@code /proc/<pid>/stat} utime + stime), over the
 * measured window, and again once interview-service has reacted to every registration of the window (the
 * asynchronous cost of the events included), and that less what the service burns idle ({@code probe.idle}
 * seconds, default 10, measured once all is consumed): the figure to trust on a shared machine;</li>
 * <li>the relay's latency (ApplicationRegistered's {@code ce_time} → the Kafka record's timestamp) and the hop's
 * (ApplicationRegistered's {@code ce_time} → the {@code ce_time} of interview-service's first event of the case,
 * InterviewScheduled or CaseWaitlisted), p50/p99/max.</li>
 * </ul>
 * <pre>
 * ./mvnw -B -q -pl e2e-tests -am verify -DskipTests=false -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
 *   -Dit.test=RegistrationLoadProbe -Dfailsafe.failIfNoSpecifiedTests=false -Dprobe.callers=8 -Dprobe.seconds=60
 * </pre>
 * {@code -Dprobe.rate=N} paces the callers to N registrations per second in total (for latency at a given load).
 * The figures go to stdout and target/failsafe-reports/*-output.txt. Note the stack starts its JVMs with
 * {@code -XX:TieredStopAtLevel=1} (C1 only): compare runs made with the same flags.
 */
class RegistrationLoadProbe {

    private static final int CALLERS = Integer.getInteger("probe.callers", 4);
    private static final int SECONDS = Integer.getInteger("probe.seconds", 30);
    private static final int WARMUP = Integer.getInteger("probe.warmup", 20);
    private static final int IDLE = Integer.getInteger("probe.idle", 10);
    private static final double RATE = Double.parseDouble(System.getProperty("probe.rate", "0"));
    private static final List<String> SITES = List.of("ONPAR Balboa", "ONPAR Metetí", "ETRM San Vicente",
            "Lajas Blancas", "Los Planes");
    private static final long CLOCK_TICKS = 100; // USER_HZ on Linux

    @Test
    void registrationThroughputCpuAndHop() throws Exception {
        Path root = Path.of(System.getProperty("refugio.root", "..")).toAbsolutePath().normalize();
        Path data = Files.createTempDirectory("refugio-probe");
        Map<String, Integer> ports = new HashMap<>();
        for (Service s : Service.ALL) {
            ports.put(s.name(), Ports.free());
        }
        try (Stack stack = Stack.start(new Stack.Config(root, data, Ports.free(), Ports.free(), ports, false,
                Map.of()))) {
            System.out.println("probe: stack data and service logs in " + data);
            run(stack);
        }
    }

    /** The same without Maven: {@code java -cp <test classpath> ...RegistrationLoadProbe} with the -Dprobe.* above. */
    public static void main(String[] args) throws Exception {
        new RegistrationLoadProbe().registrationThroughputCpuAndHop();
        System.exit(0);
    }

    private void run(Stack stack) throws Exception {
        String token = stack.signingKey().minter().mint("probe-officer", Roles.ONPAR_REGISTRATION,
                Roles.institutionOf(Roles.ONPAR_REGISTRATION), Duration.ofHours(1));
        URI uri = URI.create(stack.baseUrl("registration-service") + "/api/v1/applications");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();

        Hops hops = new Hops(stack.kafkaBootstrapServers());
        hops.start();

        // warm-up: JIT, pools, Kafka metadata; not counted
        Load warm = new Load(http, uri, token);
        warm.run(WARMUP);
        System.out.printf("probe: warm-up %d registrations in %d s (%d refused)%n", warm.ok.get(), WARMUP,
                warm.refused.get());
        Thread.sleep(3000);
        Map<String, Long> cpu0 = cpuTicks(stack);
        hops.measureFrom(Instant.now());
        Load load = new Load(http, uri, token);
        long t0 = System.nanoTime();
        load.run(SECONDS);
        double elapsed = (System.nanoTime() - t0) / 1e9;
        Instant end = Instant.now();
        Map<String, Long> cpu1 = cpuTicks(stack);
        int registered = load.ok.get();

        // wait for interview-service to react to every registration of the window (at most 120 s)
        long until = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (hops.pendingBefore(end) > 0 && System.nanoTime() < until) {
            Thread.sleep(200);
        }
        Map<String, Long> cpu2 = cpuTicks(stack);
        double drained = (System.nanoTime() - t0) / 1e9;
        hops.stop();
        // what each service burns doing nothing (pollers, metrics), to tell it from the cost of a registration;
        // after a pause, so that the last events of the window are consumed everywhere
        Thread.sleep(5000);
        Map<String, Long> idle0 = cpuTicks(stack);
        long idleStart = System.nanoTime();
        Thread.sleep(IDLE * 1000L);
        double idleSeconds = (System.nanoTime() - idleStart) / 1e9;
        Map<String, Long> idle1 = cpuTicks(stack);

        StringBuilder out = new StringBuilder();
        out.append(String.format("%n==== registration load probe: %d callers, %d s%s (load average %s) ====%n",
                CALLERS, SECONDS, RATE > 0 ? ", paced to " + RATE + "/s" : "", loadAverage()));
        out.append(String.format("registered %d families (%d members; %d refused) in %.1f s: %.1f families/s; "
                        + "HTTP p50 %d ms, p99 %d ms%n", registered, load.members.get(), load.refused.get(), elapsed,
                registered / elapsed, load.percentile(50), load.percentile(99)));
        out.append(String.format("CPU seconds per registration: window | window + asynchronous work until "
                + "interview-service reacted (%.0f s) | the same less idle CPU (%d s measured after)%n", drained, IDLE));
        double[] totals = new double[3];
        for (String s : cpu0.keySet()) {
            double idlePerSecond = (idle1.get(s) - idle0.get(s)) / (double) CLOCK_TICKS / idleSeconds;
            double a = (cpu1.get(s) - cpu0.get(s)) / (double) CLOCK_TICKS / Math.max(1, registered);
            double b = (cpu2.get(s) - cpu0.get(s)) / (double) CLOCK_TICKS / Math.max(1, registered);
            double c = ((cpu2.get(s) - cpu0.get(s)) / (double) CLOCK_TICKS - idlePerSecond * drained)
                    / Math.max(1, registered);
            totals[0] += a;
            totals[1] += b;
            totals[2] += c;
            out.append(String.format("  %-22s %.4f | %.4f | %.4f   (idle %.3f CPU s/s)%n", s, a, b, c, idlePerSecond));
        }
        out.append(String.format("  %-22s %.4f | %.4f | %.4f%n", "all five", totals[0], totals[1], totals[2]));
        out.append(hops.report());
        System.out.println(out);
    }

    /** The callers. */
    private static final class Load {
        final HttpClient http;
        final URI uri;
        final String token;
        final AtomicInteger ok = new AtomicInteger();
        final AtomicInteger members = new AtomicInteger();
        final AtomicInteger refused = new AtomicInteger();
        final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());

        Load(HttpClient http, URI uri, String token) {
            this.http = http;
            this.uri = uri;
            this.token = token;
        }

        void run(int seconds) throws InterruptedException {
            long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
            long start = System.nanoTime();
            AtomicInteger issued = new AtomicInteger();
            List<Thread> threads = new ArrayList<>();
            for (int c = 0; c < CALLERS; c++) {
                Thread t = new Thread(() -> {
                    while (System.nanoTime() < end) {
                        if (RATE > 0) {
                            long due = start + (long) (issued.getAndIncrement() / RATE * 1e9);
                            long wait = due - System.nanoTime();
                            if (wait > 0) {
                                try {
                                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                                } catch (InterruptedException e) {
                                    return;
                                }
                            }
                            if (System.nanoTime() >= end) {
                                return;
                            }
                        }
                        int size = 1 + ThreadLocalRandom.current().nextInt(4);
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri)
                                    .header("Authorization", "Bearer " + token)
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(family(size), StandardCharsets.UTF_8))
                                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
                            latencies.add((System.nanoTime() - t0) / 1_000_000);
                            if (r.statusCode() == 201) {
                                ok.incrementAndGet();
                                members.addAndGet(size);
                            } else if (refused.incrementAndGet() <= 3) {
                                System.out.println("probe: refused " + r.statusCode() + " " + r.body());
                            }
                        } catch (IOException e) {
                            if (refused.incrementAndGet() <= 3) {
                                System.out.println("probe: " + e);
                            }
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }, "probe-caller-" + c);
                t.start();
                threads.add(t);
            }
            for (Thread t : threads) {
                t.join();
            }
        }

        long percentile(int p) {
            List<Long> sorted;
            synchronized (latencies) {
                sorted = new ArrayList<>(latencies);
            }
            return Hops.percentile(sorted, p);
        }
    }

    /** A family of {@code size}: a principal, maybe a spouse, children; every 10th with specific needs. */
    static String family(int size) {
        String surname = surname();
        String site = SITES.get(ThreadLocalRandom.current().nextInt(SITES.size()));
        String entry = LocalDate.now().minusDays(10).toString();
        boolean needs = ThreadLocalRandom.current().nextInt(10) == 0;
        StringBuilder members = new StringBuilder("""
                {"role": "PRINCIPAL", "givenNames": "Ana María", "familyNames": "%s", "sex": "F",
                 "dateOfBirth": "1988-03-14", "nationalities": ["VEN"],
                 "identityDocument": {"type": "PASSPORT", "number": "P%s", "issuingCountry": "VEN"}%s}"""
                .formatted(surname, UUID.randomUUID().toString().substring(0, 8),
                        needs ? ", \"specificNeeds\": [\"MEDICAL\"]" : ""));
        int children = size - 1;
        if (size >= 2) {
            members.append(",").append("""
                    {"role": "SPOUSE_OR_PARTNER", "givenNames": "Luis Alberto", "familyNames": "%s", "sex": "M",
                     "dateOfBirth": "1986-07-02", "nationalities": ["VEN"]}""".formatted(surname));
            children--;
        }
        for (int c = 0; c < children; c++) {
            members.append(",").append("""
                    {"role": "CHILD", "givenNames": "Hijo %d", "familyNames": "%s", "sex": "M",
                     "dateOfBirth": "201%d-05-20", "nationalities": ["VEN"], "responsibleAdult": 0}"""
                    .formatted(c, surname, 2 + c));
        }
        return """
                {"intakeSite": "%s", "entryDate": "%s", "members": [%s]}""".formatted(site, entry, members);
    }

    private static String surname() {
        StringBuilder name = new StringBuilder("Probe ");
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 12).toCharArray()) {
            name.append((char) ('a' + Character.digit(c, 16)));
        }
        return name.toString();
    }

    /** Watches registration.events and interview.events from their ends. */
    private static final class Hops {
        private final KafkaConsumer<String, String> consumer;
        private final Map<String, Instant> registeredAt = new ConcurrentHashMap<>();
        private final Map<String, Long> relayMillis = new ConcurrentHashMap<>();
        private final Map<String, Long> hopMillis = new ConcurrentHashMap<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final CountDownLatch assigned = new CountDownLatch(1);
        private volatile Instant from = Instant.MAX;
        private Thread thread;

        Hops(String bootstrap) {
            Properties p = new Properties();
            p.put("bootstrap.servers", bootstrap);
            p.put("group.id", "probe-" + UUID.randomUUID());
            p.put("enable.auto.commit", "false");
            p.put("auto.offset.reset", "latest");
            consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
        }

        void start() throws InterruptedException {
            thread = new Thread(() -> {
                List<TopicPartition> partitions = new ArrayList<>();
                for (String topic : List.of(Topics.REGISTRATION, Topics.INTERVIEW)) {
                    consumer.partitionsFor(topic).forEach(i -> partitions.add(new TopicPartition(topic, i.partition())));
                }
                consumer.assign(partitions);
                consumer.seekToEnd(partitions);
                partitions.forEach(consumer::position);
                assigned.countDown();
                while (running.get()) {
                    for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(100))) {
                        String type = header(r, "ce_type");
                        String time = header(r, "ce_time");
                        if (type == null || time == null) {
                            continue;
                        }
                        Instant at = Instant.parse(time);
                        if (r.topic().equals(Topics.REGISTRATION) && type.contains("ApplicationRegistered")) {
                            registeredAt.put(r.key(), at);
                            if (!at.isBefore(from)) {
                                relayMillis.put(r.key(), r.timestamp() - at.toEpochMilli());
                            }
                        } else if (r.topic().equals(Topics.INTERVIEW)) {
                            Instant registered = registeredAt.get(r.key());
                            if (registered != null && !registered.isBefore(from)) {
                                hopMillis.putIfAbsent(r.key(), Duration.between(registered, at).toMillis());
                            }
                        }
                    }
                }
                consumer.close();
            }, "probe-hops");
            thread.setDaemon(true);
            thread.start();
            assigned.await();
        }

        void measureFrom(Instant at) {
            from = at;
        }

        /** Registrations of the window (registered before {@code end}) interview-service has not reacted to. */
        long pendingBefore(Instant end) {
            return registeredAt.entrySet().stream()
                    .filter(e -> !e.getValue().isBefore(from) && e.getValue().isBefore(end))
                    .filter(e -> !hopMillis.containsKey(e.getKey())).count();
        }

        void stop() throws InterruptedException {
            running.set(false);
            thread.join(5000);
        }

        String report() {
            List<Long> relay = new ArrayList<>(relayMillis.values());
            List<Long> hop = new ArrayList<>(hopMillis.values());
            return String.format("relay (ce_time -> Kafka timestamp), %d events: p50 %d ms, p99 %d ms, max %d ms%n"
                            + "hop ApplicationRegistered -> interview-service's first event, %d cases: "
                            + "p50 %d ms, p99 %d ms, max %d ms%n",
                    relay.size(), percentile(relay, 50), percentile(relay, 99), percentile(relay, 100),
                    hop.size(), percentile(hop, 50), percentile(hop, 99), percentile(hop, 100));
        }

        static long percentile(List<Long> values, int p) {
            if (values.isEmpty()) {
                return -1;
            }
            List<Long> sorted = new ArrayList<>(values);
            Collections.sort(sorted);
            int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
            return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
        }

        private static String header(ConsumerRecord<String, String> r, String name) {
            Header h = r.headers().lastHeader(name);
            return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
        }
    }

    private static Map<String, Long> cpuTicks(Stack stack) {
        Map<String, Long> ticks = new LinkedHashMap<>();
        for (Service s : Service.ALL) {
            ticks.put(s.name(), stack.processOf(s.name()).map(p -> ticksOf(p.pid())).orElse(0L));
        }
        return ticks;
    }

    private static long ticksOf(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime (fields 14 and 15)
        } catch (IOException e) {
            return 0;
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "?";
        }
    }
}
