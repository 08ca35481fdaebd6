package pa.gob.refugio.stack.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.stack.bench.Api.Answer;
import pa.gob.refugio.stack.bench.EventMonitor.Seen;

/**
 * Drives every family through the procedure as the institutions would, with {@code clients} HTTP callers: it
 * registers the families and then acts on each family's events as the monitor reads them from Kafka (an interview
 * scheduled → it is held; the case ready → admissibility; every provisional ID issued → eligibility; a rejection's
 * windows → reconsideration, appeal). Steps of families already under way go before new registrations.
 */
final class Driver implements AutoCloseable {

    private static final String REGISTRATION = "registration-service";
    private static final String INTERVIEW = "interview-service";
    private static final String DECISION = "decision-service";
    private static final String APPEALS = "appeals-service";
    /** How long a step is retried while the service is away or has not yet seen the event it needs. */
    private static final Duration RETRY_FOR = Duration.ofMinutes(10);

    private final Api api;
    private final List<FamilyRun> runs;
    private final boolean idempotencyKeys;
    private final ThreadPoolExecutor pool;
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "bench-retry");
        t.setDaemon(true);
        return t;
    });
    private final Map<UUID, FamilyRun> byCase = new ConcurrentHashMap<>();
    private final Map<UUID, List<Seen>> early = new HashMap<>();
    private final Object lock = new Object();
    private final AtomicLong sequence = new AtomicLong();
    private final CountDownLatch ended;
    final AtomicInteger registered = new AtomicInteger();
    final AtomicInteger finished = new AtomicInteger();
    final AtomicInteger failed = new AtomicInteger();
    final AtomicLong lastProgressNanos = new AtomicLong(System.nanoTime());
    final AtomicLong retried = new AtomicLong();
    /** Registration calls: how long each took (µs), for the latency of the call itself. */
    final List<Long> registrationMicros = java.util.Collections.synchronizedList(new ArrayList<>());
    volatile long firstRegistrationNanos;
    volatile long lastRegistrationNanos;
    private final LocalDate today = panamaToday();

    /**
     * Today as ONPAR counts it, in Panama: the services refuse a date after their Panama "today" (a notification
     * "in the future"), and between 00:00 and 05:00 UTC the machine's date is already tomorrow there.
     */
    static LocalDate panamaToday() {
        return LocalDate.now(ZoneId.of("America/Panama"));
    }

    Driver(Api api, List<FamilyRun> runs, int clients, boolean idempotencyKeys) {
        this.api = api;
        this.runs = runs;
        this.idempotencyKeys = idempotencyKeys;
        this.ended = new CountDownLatch(runs.size());
        this.pool = new ThreadPoolExecutor(clients, clients, 1, TimeUnit.MINUTES, new PriorityBlockingQueue<>(),
                r -> {
                    Thread t = new Thread(r, "bench-client");
                    t.setDaemon(true);
                    return t;
                });
    }

    /** A unit of work; the follow-up steps of a family (priority 0) before new registrations (priority 1). */
    private final class Step implements Runnable, Comparable<Step> {
        final int priority;
        final long seq = sequence.incrementAndGet();
        final Runnable body;

        Step(int priority, Runnable body) {
            this.priority = priority;
            this.body = body;
        }

        @Override
        public void run() {
            body.run();
        }

        @Override
        public int compareTo(Step o) {
            return priority != o.priority ? Integer.compare(priority, o.priority) : Long.compare(seq, o.seq);
        }
    }

    /** Queues every registration; returns at once. */
    void start() {
        for (FamilyRun run : runs) {
            pool.execute(new Step(1, () -> register(run)));
        }
    }

    boolean awaitEnd(Duration stallTimeout) throws InterruptedException {
        while (!ended.await(1, TimeUnit.SECONDS)) {
            if (System.nanoTime() - lastProgressNanos.get() > stallTimeout.toNanos()) {
                return false;
            }
        }
        return true;
    }

    // ---- steps over HTTP ----

    private void register(FamilyRun run) {
        String body = run.family.registrationJson(run.site, today);
        String key = idempotencyKeys ? UUID.nameUUIDFromBytes(("bench-" + run.family.surname()).getBytes())
                .toString() : null;
        call(run, "registration", () -> api.post(Roles.ONPAR_REGISTRATION, REGISTRATION, "/api/v1/applications",
                body, key), a -> a.status() == 409 && a.body().contains("idempotency-key-in-progress"), a -> {
                    JsonNode app = a.json().get("application");
                    List<String> members = new ArrayList<>();
                    app.get("members").forEach(m -> members.add(m.get("memberId").asText()));
                    UUID caseId = UUID.fromString(app.get("caseId").asText());
                    long now = System.nanoTime();
                    run.memberIds = List.copyOf(members);
                    run.registeredNanos = now;
                    run.caseId = caseId;
                    if (registered.getAndIncrement() == 0) {
                        firstRegistrationNanos = now;
                    }
                    lastRegistrationNanos = now;
                    List<Seen> before;
                    synchronized (lock) {
                        byCase.put(caseId, run);
                        before = early.remove(caseId);
                    }
                    progress();
                    if (before != null) {
                        before.forEach(e -> handle(run, e));
                    }
                }, true);
    }

    private void completeInterview(FamilyRun run, String interviewId) {
        String guardian = run.family.childAlone() ? ", \"guardianOrLegalRepresentative\": \"Tutora SENNIAF\"" : "";
        String body = "{\"interviewer\": \"Oficial Gómez\", \"interpreterLanguage\": \"es\", \"durationMinutes\": 50,"
                + " \"summary\": \"Relato coherente de persecución\"" + guardian + "}";
        call(run, "interview completion", () -> api.post(Roles.ONPAR_ELIGIBILITY, INTERVIEW,
                "/api/v1/interviews/" + interviewId + "/completion", body), a -> false, a -> { }, false, 409);
    }

    private void admit(FamilyRun run) {
        call(run, "admissibility", () -> api.post(Roles.ONPAR_ELIGIBILITY, DECISION, "/api/v1/cases/" + run.caseId
                        + "/admissibility", "{\"outcome\": \"ADMITTED\", \"reasons\": \"Solicitud admitida a trámite\"}"),
                // decision-service may not have read CaseReadyForDecision yet
                a -> a.status() == 409 || a.status() == 404, a -> { }, false);
    }

    private void decideEligibility(FamilyRun run) {
        if (!run.family.rejected()) {
            call(run, "recognition", () -> api.post(Roles.CONARE, DECISION, "/api/v1/cases/" + run.caseId
                    + "/eligibility", "{\"outcome\": \"RECOGNIZED\", \"legalBasis\": \"CONVENTION_1951\", \"ground\":"
                    + " \"POLITICAL_OPINION\", \"reasons\": \"Fundado temor\"}"), a -> false, a -> { }, false);
            return;
        }
        call(run, "rejection", () -> api.post(Roles.CONARE, DECISION, "/api/v1/cases/" + run.caseId + "/eligibility",
                "{\"outcome\": \"REJECTED\", \"decidedOn\": \"" + today + "\", \"reasons\": \"No se acreditan los"
                        + " elementos de la definición\"}"), a -> false, a -> {
                    String decisionId = a.json().get("decisionId").asText();
                    run.rejectionDecisionId = decisionId;
                    call(run, "notification of the rejection", () -> api.post(Roles.ONPAR_ELIGIBILITY, DECISION,
                            "/api/v1/decisions/" + decisionId + "/notification", "{\"notifiedOn\": \"" + today
                                    + "\", \"channel\": \"IN_PERSON\", \"acknowledged\": true}"),
                            a2 -> false, a2 -> { }, false);
                }, false);
    }

    private void reconsider(FamilyRun run) {
        String decisionId = run.rejectionDecisionId;
        call(run, "reconsideration", () -> api.post(Roles.ONPAR_REGISTRATION, APPEALS, "/api/v1/cases/" + run.caseId
                        + "/reconsiderations", "{\"decisionId\": \"" + decisionId + "\", \"grounds\": \"Nuevas pruebas\"}"),
                a -> a.status() == 404, a -> {
                    String id = a.json().get("reconsiderationId").asText();
                    call(run, "reconsideration decision", () -> api.post(Roles.CONARE, APPEALS,
                            "/api/v1/reconsiderations/" + id + "/decision",
                            "{\"outcome\": \"CONFIRMED\", \"reasons\": \"Resuelto por CONARE\"}"), a2 -> false, a2 ->
                            call(run, "notification of the confirmation", () -> api.post(Roles.ONPAR_ELIGIBILITY,
                                    APPEALS, "/api/v1/reconsiderations/" + id + "/notification",
                                    "{\"notifiedOn\": \"" + today + "\", \"channel\": \"IN_PERSON\"}"),
                                    a3 -> false, a3 -> { }, false), false);
                }, false);
    }

    private void appeal(FamilyRun run) {
        String decisionId = run.rejectionDecisionId;
        call(run, "appeal", () -> api.post(Roles.ONPAR_REGISTRATION, APPEALS, "/api/v1/cases/" + run.caseId
                        + "/appeals", "{\"decisionId\": \"" + decisionId + "\", \"grounds\": \"Recurso de apelación ante"
                        + " el Ministro\"}"),
                a -> a.status() == 404, a -> {
                    String id = a.json().get("appealId").asText();
                    call(run, "the Minister's decision", () -> api.post(Roles.MINISTER, APPEALS,
                            "/api/v1/appeals/" + id + "/decision", "{\"outcome\": \"DENIED\", \"reasons\": \"Se"
                                    + " confirma\"}"), a2 -> false, a2 -> { }, false);
                }, false);
    }

    /**
     * Runs {@code request} now; on success {@code then}; a service away (no answer, 5xx) or {@code retryIf} is tried
     * again with backoff for {@link #RETRY_FOR}; anything else fails the family. {@code alsoFine} statuses count as
     * done (a step already taken).
     */
    private void call(FamilyRun run, String what, Supplier<Answer> request, Predicate<Answer> retryIf,
                      Consumer<Answer> then, boolean registration, int... alsoFine) {
        attempt(run, what, request, retryIf, then, registration, alsoFine, 0, System.nanoTime());
    }

    private void attempt(FamilyRun run, String what, Supplier<Answer> request, Predicate<Answer> retryIf,
                         Consumer<Answer> then, boolean registration, int[] alsoFine, int attempt, long since) {
        long t0 = System.nanoTime();
        Answer a = request.get();
        if (registration && a.status() == 201) {
            registrationMicros.add((System.nanoTime() - t0) / 1000);
        }
        if (a.ok() || java.util.Arrays.stream(alsoFine).anyMatch(s -> s == a.status())) {
            try {
                then.accept(a);
            } catch (RuntimeException e) {
                fail(run, what + " answered " + a + " but: " + e);
            }
            return;
        }
        if ((a.transientFailure() || retryIf.test(a)) && System.nanoTime() - since < RETRY_FOR.toNanos()) {
            retried.incrementAndGet();
            long delay = Math.min(5000, 50L << Math.min(attempt, 7));
            retries.schedule(() -> pool.execute(new Step(0, () -> attempt(run, what, request, retryIf, then,
                    registration, alsoFine, attempt + 1, since))), delay, TimeUnit.MILLISECONDS);
            return;
        }
        fail(run, what + " failed: " + a);
    }

    private void fail(FamilyRun run, String why) {
        if (run.failure == null) {
            run.failure = why;
            if (failed.incrementAndGet() <= 5) {
                System.out.println("[bench] family " + run.family.index() + " (case " + run.caseId + "): " + why);
            }
            ended.countDown();
        }
    }

    // ---- reacting to events ----

    /** Called by the monitor for every event read. */
    void onEvent(Seen e) {
        FamilyRun run = byCase.get(e.caseId());
        if (run == null) {
            synchronized (lock) {
                run = byCase.get(e.caseId());
                if (run == null) {
                    early.computeIfAbsent(e.caseId(), k -> new ArrayList<>()).add(e);
                    return;
                }
            }
        }
        handle(run, e);
    }

    private void handle(FamilyRun run, Seen e) {
        List<Runnable> next = new ArrayList<>(2);
        synchronized (run) {
            if (run.lastEventAt == null || e.occurredAt().isAfter(run.lastEventAt)) {
                run.lastEventAt = e.occurredAt();
            }
            int members = run.memberIds.size();
            switch (e.name()) {
                case "InterviewScheduled", "InterviewRescheduled" -> {
                    if (e.interviewId() != null && run.interviewsStarted.add(e.interviewId())) {
                        next.add(() -> completeInterview(run, e.interviewId()));
                    }
                }
                case "CaseReadyForDecision" -> {
                    if (!run.admissionRequested) {
                        run.admissionRequested = true;
                        next.add(() -> admit(run));
                    }
                }
                case "ProvisionalIdIssued" -> {
                    run.provisional.add(e.memberId());
                    if (run.provisional.size() == members && !run.eligibilityRequested) {
                        run.eligibilityRequested = true;
                        next.add(() -> decideEligibility(run));
                    }
                }
                case "RefugeeDocumentIssued" -> run.refugee.add(e.memberId());
                case "ReconsiderationWindowOpened" -> {
                    if (run.family.rejected() && !run.reconsiderationRequested && run.rejectionDecisionId != null) {
                        run.reconsiderationRequested = true;
                        next.add(() -> reconsider(run));
                    }
                }
                case "AppealWindowOpened" -> {
                    if (run.family.rejected() && !run.appealRequested && run.rejectionDecisionId != null) {
                        run.appealRequested = true;
                        next.add(() -> appeal(run));
                    }
                }
                case "AppealDenied" -> run.appealDenied = true;
                case "RejectionBecameFinal" -> run.rejectionFinal = true;
                case "DocumentRevoked" -> run.revoked.add(e.memberId());
                default -> {
                }
            }
            if (!run.finished() && run.failure == null && run.atExpectedEnd()) {
                run.finishedAt = run.lastEventAt;
                run.finishedNanos = System.nanoTime();
                finished.incrementAndGet();
                ended.countDown();
            }
        }
        progress();
        next.forEach(r -> pool.execute(new Step(0, r)));
        if (e.name().equals("ReconsiderationWindowOpened") || e.name().equals("AppealWindowOpened")) {
            retryWindowLater(run, e);
        }
    }

    /** A window opened before the rejection's answer was read (rare): act once the decision id is known. */
    private void retryWindowLater(FamilyRun run, Seen e) {
        if (run.family.rejected() && run.rejectionDecisionId == null && run.failure == null) {
            retries.schedule(() -> handle(run, e), 100, TimeUnit.MILLISECONDS);
        }
    }

    private void progress() {
        lastProgressNanos.set(System.nanoTime());
    }

    FamilyRun runOf(UUID caseId) {
        return byCase.get(caseId);
    }

    @Override
    public void close() {
        pool.shutdownNow();
        retries.shutdownNow();
    }

    /** When the last family ended (its final event's commit time), if every family did. */
    Instant lastFinish() {
        return runs.stream().map(r -> r.finishedAt).filter(java.util.Objects::nonNull).max(Instant::compareTo)
                .orElse(null);
    }
}
