package pa.gob.refugio.stack.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.stack.Service;
import pa.gob.refugio.stack.bench.FamilyMix.Family;

/**
 * {@code refugio bench}: drives N families through the whole procedure over HTTP on an own durable stack (or the
 * running one), measures it from Kafka and the processes, compares registration with its plain SQL writes, asserts
 * that nothing was lost, duplicated or dead-lettered, and writes a Markdown and a JSON report under
 * {@code .refugio/bench/}. Exit code 0 when every assertion held, 1 otherwise, 2 for a wrong command line.
 */
public final class Bench {

    private static final double MB = 1024.0 * 1024.0;

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel",
                System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"));
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("refugio bench: " + e.getMessage());
            System.err.println(BenchOptions.USAGE);
            System.exit(2);
            return;
        }
        Path root = Path.of(System.getProperty("refugio.root", ".")).toAbsolutePath().normalize();
        int exit;
        try {
            exit = new Bench(options, root).run();
        } catch (Exception e) {
            System.err.println("[bench] FAILED: " + e);
            e.printStackTrace();
            exit = 1;
        }
        System.exit(exit);
    }

    private final BenchOptions options;
    private final Path root;
    private final String tag = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));

    private Bench(BenchOptions options, Path root) {
        this.options = options;
        this.root = root;
    }

    private int run() throws Exception {
        String startedAt = java.time.Instant.now().toString();
        say("starting " + (options.useRunning() ? "against the running local stack"
                : "an own durable stack (free ports)") + " for " + options.families() + " families, "
                + options.clients() + " clients" + (options.faults().isEmpty() ? "" : ", faults " + options.faults()));
        long t0 = System.nanoTime();
        try (BenchStack stack = options.useRunning() ? BenchStack.running(root) : BenchStack.start(root, options.keep())) {
            say("stack ready in " + Duration.ofNanos(System.nanoTime() - t0).toSeconds() + " s");
            // Ctrl-C: stop the own stack's processes too (they are not ended with this JVM)
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "bench-stop"));
            Api api = new Api(stack);
            String runTag = tag.replace("-", "").substring(2);
            List<Family> families = FamilyMix.generate(options.families(), options.seed(), options.rejectedShare(),
                    runTag);
            List<Family> warm = FamilyMix.generate(options.warmup(), options.seed() + 1, options.rejectedShare(),
                    runTag + "w");
            List<Family> alone = FamilyMix.generate(options.registrationAlone(), options.seed() + 2, 0,
                    runTag + "r");
            List<Family> all = new ArrayList<>(families);
            all.addAll(warm);
            all.addAll(alone);
            int siteCount = FamilyMix.sitesFor(all);
            List<String> sites = createSites(api, runTag, siteCount);
            List<FamilyRun> runs = new ArrayList<>();
            families.forEach(f -> runs.add(new FamilyRun(f, sites.get(f.index() % siteCount))));
            List<FamilyRun> warmRuns = new ArrayList<>();
            warm.forEach(f -> warmRuns.add(new FamilyRun(f, sites.get(f.index() % siteCount))));

            Map<String, Long> deadLettersBefore = Checks.openDeadLetters(api);
            long dlqBefore = Checks.dlqRecords(stack.kafkaBootstrapServers());
            List<String> names = Service.ALL.stream().map(Service::name).toList();
            ResourceSampler sampler = new ResourceSampler(names, stack::process);
            FaultInjector faults = new FaultInjector(stack.stack().orElse(null), options.faults());
            boolean keys = !options.faults().isEmpty();
            AtomicReference<Driver> current = new AtomicReference<>();

            try (EventMonitor monitor = new EventMonitor(stack.kafkaBootstrapServers());
                 Driver driver = new Driver(api, runs, options.clients(), keys)) {
                sampler.start();
                monitor.start(e -> current.get().onEvent(e));
                if (!warmRuns.isEmpty()) {
                    try (Driver warmup = new Driver(api, warmRuns, options.clients(), keys)) {
                        current.set(warmup);
                        say("warm-up: " + warmRuns.size() + " families, not measured ...");
                        long w0 = System.nanoTime();
                        warmup.start();
                        warmup.awaitEnd(options.stallTimeout());
                        say("warm-up done in " + (System.nanoTime() - w0) / 1_000_000_000L + " s ("
                                + warmup.finished.get() + " at their end, " + warmup.failed.get() + " failed)");
                    }
                }
                sampler.mark();
                Map<String, Long> dbBefore = DbSizes.read(stack);
                current.set(driver);
                long start = System.nanoTime();
                driver.start();
                faults.start(driver.registered::get, options.families());
                Thread progress = progress(driver, monitor, start);
                boolean ended = driver.awaitEnd(options.stallTimeout());
                progress.interrupt();
                if (!ended) {
                    say("no family progressed for " + options.stallTimeout().toSeconds() + " s: stopping");
                }
                faults.await();
                monitor.awaitQuiet(Duration.ofSeconds(3), Duration.ofSeconds(30));
                List<ResourceSampler.Usage> usage = sampler.stop();
                Map<String, Long> dbAfter = DbSizes.read(stack);
                say("checking: every family at its end, documents, dead letters ...");
                List<FamilyRun> checked = new ArrayList<>(runs);
                checked.addAll(warmRuns);
                Checks.Outcome outcome = Checks.run(checked, monitor, api, options.clients(), dlqBefore,
                        deadLettersBefore, stack.kafkaBootstrapServers());

                Results.RegistrationAlone registrationAlone = alone.isEmpty() ? null
                        : registrationAlone(api, alone, sites);
                double apiRate = registrationAlone != null ? registrationAlone.perSecond()
                        : registrationRate(driver, start);
                Results.Comparison plain = null;
                if (options.plainSqlRegistrations() > 0) {
                    plain = plainSql(api, stack, sites.get(0), apiRate, runTag);
                }
                Results results = results(startedAt, stack, runs, sites.size(), driver, monitor, start, usage,
                        dbBefore, dbAfter, registrationAlone, plain, outcome, faults, api.calls.get());
                write(results);
                return outcome.passed() ? 0 : 1;
            } finally {
                sampler.close();
            }
        }
    }

    /** Intake sites at registration-service and their interview capacity at interview-service. */
    private List<String> createSites(Api api, String runTag, int count) {
        List<String> names = new ArrayList<>();
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String code = "B" + runTag + "_" + i;
            String name = "Sede Bench " + runTag + "-" + i;
            names.add(name);
            entries.add("{\"code\": \"" + code + "\", \"name\": \"" + name + "\", \"opens\": \"07:00\", \"closes\":"
                    + " \"16:00\", \"slotMinutes\": 60, \"dailyCapacity\": 9, \"active\": true}");
        }
        for (int from = 0; from < entries.size(); from += 50) {
            expect(api.put(Roles.OPERATIONS, "registration-service", "/api/v1/intake-sites",
                    "[" + String.join(",", entries.subList(from, Math.min(entries.size(), from + 50))) + "]"),
                    "intake sites");
        }
        for (int i = 0; i < count; i++) {
            // the whole of ONPAR's standard day (07:00–16:00, 60-minute slots), one slot held for children alone
            expect(api.put(Roles.OPERATIONS, "interview-service", "/api/v1/sites/B" + runTag + "_" + i + "/capacity",
                    "{\"name\": \"" + names.get(i) + "\", \"interviews\": {\"MONDAY\": 9, \"TUESDAY\": 9,"
                            + " \"WEDNESDAY\": 9, \"THURSDAY\": 9, \"FRIDAY\": 9}, \"childrenSlots\": 1}"),
                    "interview capacity");
        }
        say(count + " intake sites with 9 interviews a weekday each");
        return names;
    }

    private static void expect(Api.Answer a, String what) {
        if (!a.ok()) {
            throw new IllegalStateException(what + ": " + a);
        }
    }

    private Thread progress(Driver driver, EventMonitor monitor, long start) {
        Thread t = new Thread(() -> {
            try {
                while (true) {
                    Thread.sleep(10_000);
                    say(String.format(java.util.Locale.ROOT, "%3d s: registered %d/%d, at their end %d, failed %d,"
                                    + " events %d, retries %d", (System.nanoTime() - start) / 1_000_000_000L,
                            driver.registered.get(), options.families(), driver.finished.get(), driver.failed.get(),
                            monitor.total(), driver.retried.get()));
                }
            } catch (InterruptedException e) {
                // done
            }
        }, "bench-progress");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** The plain-SQL comparison: a template registration over the API, then its rows as JDBC batches. */
    /**
     * Registrations alone: {@code families} registered by the C callers, nothing else driven (the services still
     * react to them). These families are left at the interview stage.
     */
    private Results.RegistrationAlone registrationAlone(Api api, List<Family> families, List<String> sites)
            throws InterruptedException {
        say("registration alone: " + families.size() + " families ...");
        Samples calls = new Samples();
        java.util.concurrent.atomic.AtomicInteger created = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(
                options.clients());
        LocalDate today = Driver.panamaToday();
        long t0 = System.nanoTime();
        for (Family f : families) {
            pool.execute(() -> {
                long c0 = System.nanoTime();
                Api.Answer a = api.post(Roles.ONPAR_REGISTRATION, "registration-service", "/api/v1/applications",
                        f.registrationJson(sites.get(f.index() % sites.size()), today));
                if (a.status() == 201) {
                    calls.add((System.nanoTime() - c0) / 1000);
                    created.incrementAndGet();
                } else {
                    say("registration alone: " + a);
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(2, TimeUnit.HOURS);
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new Results.RegistrationAlone(created.get(), seconds, created.get() / seconds, calls.summary());
    }

    private Results.Comparison plainSql(Api api, BenchStack stack, String site, double apiRate, String runTag) {
        try {
            Family template = new Family(-1, 2, 1, false, false, 0, false, FamilyMix.surname(runTag + "t", 0));
            Api.Answer a = api.post(Roles.ONPAR_REGISTRATION, "registration-service", "/api/v1/applications",
                    template.registrationJson(site, Driver.panamaToday()));
            expect(a, "template registration");
            UUID caseId = UUID.fromString(a.json().get("application").get("caseId").asText());
            String url = stack.jdbcUrl("registration");
            var rows = PlainSqlComparison.capture(url, caseId);
            say("plain SQL: " + options.plainSqlRegistrations() + " registrations as JDBC batch transactions ("
                    + rows.keySet() + ") ...");
            PlainSqlComparison.Result r = PlainSqlComparison.run(url, rows, options.plainSqlRegistrations(),
                    options.clients());
            return new Results.Comparison(r.registrations(), r.seconds(), r.perSecond(), r.rowsPerRegistration(),
                    apiRate / r.perSecond());
        } catch (Exception e) {
            say("plain-SQL comparison failed: " + e);
            return null;
        }
    }

    private static double registrationRate(Driver driver, long start) {
        double s = (driver.lastRegistrationNanos - start) / 1e9;
        return s <= 0 ? 0 : driver.registered.get() / s;
    }

    private Results results(String startedAt, BenchStack stack, List<FamilyRun> runs, int sites, Driver driver,
                            EventMonitor monitor, long start, List<ResourceSampler.Usage> usage,
                            Map<String, Long> dbBefore, Map<String, Long> dbAfter,
                            Results.RegistrationAlone registrationAlone, Results.Comparison plain,
                            Checks.Outcome outcome, FaultInjector faults, long httpCalls) {
        List<FamilyRun> finished = runs.stream().filter(FamilyRun::finished).toList();
        long last = finished.stream().mapToLong(r -> r.finishedNanos).max().orElse(System.nanoTime());
        double seconds = (last - start) / 1e9;
        double regSeconds = (driver.lastRegistrationNanos - start) / 1e9;
        Results.Throughput throughput = new Results.Throughput(runs.size(), finished.size(), seconds,
                finished.size() / seconds, driver.registered.get(), regSeconds, registrationRate(driver, start),
                summary(driver.registrationMicros), httpCalls, driver.retried.get());

        List<List<EventMonitor.Seen>> cases = runs.stream().filter(r -> r.caseId != null)
                .map(r -> monitor.of(r.caseId)).toList();
        List<Results.Hop> hops = new ArrayList<>();
        Hops.measure(cases).forEach((h, s) -> hops.add(new Results.Hop(h.name(), h.meaning(), h.eventDriven(),
                s.summary())));

        int n = Math.max(1, runs.size());
        List<Results.ServiceCost> services = new ArrayList<>();
        for (ResourceSampler.Usage u : usage) {
            long before = dbBefore.getOrDefault(u.service(), 0L);
            long after = dbAfter.getOrDefault(u.service(), 0L);
            services.add(new Results.ServiceCost(u.service(), u.cpuSeconds(), u.cpuSeconds() * 1000 / n,
                    u.idleRssKb() / 1024.0, u.peakRssKb() / 1024.0, before / MB, after / MB,
                    (after - before) / MB / n * 1000));
        }
        List<Results.Segment> segments = Segments.of(start,
                finished.stream().mapToLong(r -> r.finishedNanos).toArray(),
                runs.stream().filter(r -> r.caseId != null).mapToLong(r -> r.registeredNanos).toArray(),
                options.segment());
        Map<String, Long> byName = new java.util.TreeMap<>();
        monitor.countsByName().forEach((k, v) -> byName.put(k, v.get()));
        Results.Run run = new Results.Run(startedAt, commit(), Runtime.getRuntime().availableProcessors(),
                memoryGb(), System.getProperty("os.version"), System.getProperty("java.version"),
                stack.own() ? "own stack, Stack.Mode.DURABLE, free ports" : "the running local stack (default ports)",
                runs.size(), options.clients(), options.seed(), sites, options.rejectedShare(),
                options.faults().stream().map(Object::toString).toList(), faults.log());
        return new Results(run, throughput, registrationAlone, hops, Hops.delivery(cases).summary(), segments, services, plain, outcome,
                byName);
    }

    private static Samples.Summary summary(List<Long> micros) {
        Samples s = new Samples();
        synchronized (micros) {
            micros.forEach(s::add);
        }
        return s.summary();
    }

    private void write(Results results) throws IOException {
        String md = Report.markdown(results);
        Path dir = root.resolve(".refugio/bench");
        Files.createDirectories(dir);
        Path mdFile = dir.resolve("report-" + tag + ".md");
        Path jsonFile = dir.resolve("report-" + tag + ".json");
        Files.writeString(mdFile, md);
        Files.writeString(jsonFile, Report.json(results));
        System.out.println();
        System.out.println(md);
        say("report: " + root.relativize(mdFile) + " and " + root.relativize(jsonFile));
        if (!results.checks().passed()) {
            System.out.println("[bench] ASSERTIONS FAILED:");
            results.checks().broken().forEach(b -> System.out.println("[bench]   " + b));
        }
    }

    private String commit() {
        try {
            Process p = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").directory(root.toFile())
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).trim();
            p.waitFor(10, TimeUnit.SECONDS);
            String dirty = new String(new ProcessBuilder("git", "status", "--porcelain", "--untracked-files=no")
                    .directory(root.toFile()).start().getInputStream().readAllBytes()).isBlank() ? "" : " (modified)";
            return out + dirty;
        } catch (IOException | InterruptedException e) {
            return "unknown";
        }
    }

    private static double memoryGb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return 0;
    }

    static void say(String message) {
        System.out.println("[bench] " + message);
    }
}
