package pa.gob.refugio.registration.partner.webhook;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import io.quarkus.runtime.LaunchMode;
import jakarta.annotation.PreDestroy;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLSocketFactory;
import org.jboss.logging.Logger;

/**
 * Sends due webhook deliveries: right after the commit that queued them ({@link DeliveriesQueued}, observed after
 * success; bursts coalesce into one run on a single background thread), and in a slow sweep ({@code
 * refugio.webhooks.send-every}, default 60 s) for retries whose backoff has passed. Each round claims up to {@code
 * batch-size} due rows in a short transaction ({@code FOR UPDATE SKIP LOCKED}, then a claim token and a lease), sends
 * them in parallel outside any transaction with short timeouts, and records each outcome in its own transaction: 2xx is
 * delivered, anything else (other status, redirect, timeout, refused connection, a target not allowed) is retried on
 * the {@link RetrySchedule} until FAILED. Each attempt connects to the address its host name resolved to once and was
 * judged on ({@link PinnedConnection}, {@link TargetAddresses}). The delivery log keeps a generic outcome per attempt
 * ({@code http-503}, {@code timeout}, {@code refused}, {@code target-not-allowed}, ...); the details (exception text,
 * resolved address) go to the operators' log only. With two instances, a row claimed by one is skipped by the other; a
 * lease that outlives a crash expires and the row is sent again (delivery is at least once; receivers deduplicate on
 * {@code Refugio-Webhook-Id}).
 */
@ApplicationScoped
public class WebhookSender {

    private static final Logger LOG = Logger.getLogger(WebhookSender.class);
    private static final int MAX_ROUNDS_PER_RUN = 20;
    private static final int MAX_ERROR_LENGTH = 300;
    private static final int MAX_PARALLEL = 16;

    private final EntityManager em;
    private final WebhookSettings settings;
    private final Clock clock;
    private final PinnedConnection connection;
    private final ExecutorService pool;
    private final ExecutorService kicker;
    private final AtomicBoolean kickPending = new AtomicBoolean();

    public WebhookSender(EntityManager em, WebhookSettings settings, Clock clock) {
        this.em = em;
        this.settings = settings;
        this.clock = clock;
        Set<String> loopbackHosts = settings.testLoopbackHosts().orElse(Set.of());
        if (!loopbackHosts.isEmpty() && LaunchMode.current() == LaunchMode.NORMAL) {
            LOG.warnf("refugio.webhooks.test-loopback-hosts is a test setting: ignored in production (%s)",
                    loopbackHosts);
            loopbackHosts = Set.of();
        }
        this.connection = new PinnedConnection(InetAddress::getAllByName, loopbackHosts,
                (SSLSocketFactory) SSLSocketFactory.getDefault());
        AtomicInteger threads = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(Math.max(2, Math.min(settings.batchSize(), MAX_PARALLEL)), r -> {
            Thread t = new Thread(r, "webhook-sender-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.kicker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "webhook-sender-after-commit");
            t.setDaemon(true);
            return t;
        });
    }

    @PreDestroy
    void stop() {
        kicker.shutdownNow();
        pool.shutdownNow();
    }

    /** Deliveries were committed: send them now, on the background thread (a burst of commits makes one run). */
    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeliveriesQueued queued) {
        if (!settings.sendAfterCommit() || !kickPending.compareAndSet(false, true)) {
            return;
        }
        try {
            kicker.execute(() -> {
                kickPending.set(false);
                try {
                    sendDue();
                } catch (RuntimeException e) {
                    LOG.warnf("Webhook sending after commit failed (%s); the sweep retries", describe(e));
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            kickPending.set(false); // shutting down: the sweep of the next start sends it
        }
    }

    @Scheduled(identity = "webhook-sender", every = "${refugio.webhooks.send-every:60s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void onSchedule() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            LOG.warnf("Webhook sender round failed (%s); trying again at the next round", describe(e));
        }
    }

    /** Sends every delivery due now; returns the number of attempts made. */
    public int sendDue() {
        return sendDueAsOf(Instant.now(clock));
    }

    /**
     * Sends every delivery due at {@code asOf} (a later instant lets a test reach a retry without waiting for its
     * backoff; attempts are still recorded at the real time). Returns the number of attempts made.
     */
    public int sendDueAsOf(Instant asOf) {
        Instant runStarted = now();
        int attempts = 0;
        for (int round = 0; round < MAX_ROUNDS_PER_RUN; round++) {
            List<Outgoing> batch = claim(asOf, runStarted);
            send(batch);
            attempts += batch.size();
            if (batch.size() < settings.batchSize()) {
                break;
            }
        }
        return attempts;
    }

    record Outgoing(UUID deliveryId, UUID claim, String url, String secret, String payload) {
    }

    record Outcome(Instant at, Integer statusCode, String error, long durationMs) {

        boolean delivered() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }
    }

    /** Due rows not claimed by anyone and not yet attempted in this run (each is tried at most once per run). */
    private List<Outgoing> claim(Instant asOf, Instant runStarted) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = now();
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                            select d.id, d.subscription_id, d.payload
                              from webhook_delivery d join webhook_subscription s on s.id = d.subscription_id
                             where d.status = 'PENDING' and d.next_attempt_at <= ?1
                               and (d.claimed_until is null or d.claimed_until < ?2)
                               and (d.last_attempt_at is null or d.last_attempt_at < ?4)
                               and s.deleted_at is null
                             order by d.next_attempt_at
                             limit ?3
                               for update of d skip locked""")
                    .setParameter(1, asOf).setParameter(2, now).setParameter(3, settings.batchSize())
                    .setParameter(4, runStarted).getResultList();
            if (rows.isEmpty()) {
                return List.of();
            }
            UUID claim = UUID.randomUUID();
            List<Outgoing> batch = new ArrayList<>(rows.size());
            for (Object[] row : rows) {
                // Through the entity, so that the secret is read however it is stored.
                WebhookSubscription subscription = em.find(WebhookSubscription.class, (UUID) row[1]);
                batch.add(new Outgoing((UUID) row[0], claim, subscription.url(), subscription.secret(),
                        (String) row[2]));
            }
            em.createNativeQuery("update webhook_delivery set claim = ?1, claimed_until = ?2, version = version + 1"
                            + " where id in (?3)")
                    .setParameter(1, claim).setParameter(2, now.plus(lease()))
                    .setParameter(3, batch.stream().map(Outgoing::deliveryId).toList())
                    .executeUpdate();
            return batch;
        });
    }

    private void send(List<Outgoing> batch) {
        List<CompletableFuture<Outcome>> inFlight = batch.stream().map(this::attempt).toList();
        for (int i = 0; i < batch.size(); i++) {
            Outgoing outgoing = batch.get(i);
            Outcome outcome = await(inFlight.get(i));
            try {
                record(outgoing, outcome);
            } catch (RuntimeException e) {
                // The lease expires and the delivery is sent again: at least once.
                LOG.warnf("Could not record the outcome of webhook delivery %s (%s)", outgoing.deliveryId(),
                        describe(e));
            }
        }
    }

    private CompletableFuture<Outcome> attempt(Outgoing outgoing) {
        Instant at = now();
        Optional<String> refusal = settings.targetUrlPolicy().refusal(outgoing.url());
        if (refusal.isPresent()) {
            LOG.infof("Webhook delivery %s not sent: %s", outgoing.deliveryId(), refusal.get());
            return CompletableFuture.completedFuture(new Outcome(at, null, PinnedConnection.TARGET_NOT_ALLOWED, 0));
        }
        long limit = attemptLimit().toMillis();
        return CompletableFuture.supplyAsync(() -> exchange(outgoing, at), pool)
                .completeOnTimeout(new Outcome(at, null, PinnedConnection.TIMEOUT, limit), limit,
                        TimeUnit.MILLISECONDS);
    }

    /** One POST on the pinned address; the outcome the partner sees is generic, the detail is logged here. */
    private Outcome exchange(Outgoing outgoing, Instant at) {
        long started = System.nanoTime();
        long timestamp = at.getEpochSecond();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("User-Agent", "Refugio-Webhooks/1");
        headers.put(WebhookSignature.ID_HEADER, outgoing.deliveryId().toString());
        headers.put(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp));
        headers.put(WebhookSignature.SIGNATURE_HEADER,
                WebhookSignature.sign(outgoing.secret(), timestamp, outgoing.payload()));
        try {
            int status = connection.post(URI.create(outgoing.url()), headers,
                    outgoing.payload().getBytes(StandardCharsets.UTF_8), settings.connectTimeout(),
                    settings.readTimeout());
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            return new Outcome(at, status, status >= 200 && status < 300 ? null : "http-" + status, millis);
        } catch (PinnedConnection.Failed e) {
            LOG.infof("Webhook delivery %s attempt failed: %s (%s)", outgoing.deliveryId(), e.outcome(),
                    describe(e));
            return new Outcome(at, null, e.outcome(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        } catch (RuntimeException e) {
            LOG.warnf(e, "Webhook delivery %s attempt failed unexpectedly", outgoing.deliveryId());
            return new Outcome(at, null, PinnedConnection.FAILED,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        }
    }

    private Outcome await(CompletableFuture<Outcome> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending webhooks", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("webhook attempt failed unexpectedly", e);
        }
    }

    private void record(Outgoing outgoing, Outcome outcome) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.persist(WebhookAttempt.of(outgoing.deliveryId(), outcome.at(), outcome.statusCode(), outcome.error(),
                    outcome.durationMs()));
            WebhookDelivery delivery = em.find(WebhookDelivery.class, outgoing.deliveryId(),
                    LockModeType.PESSIMISTIC_WRITE);
            if (delivery == null || !delivery.claimedWith(outgoing.claim())) {
                return; // replayed or cancelled meanwhile: the attempt is logged, the new state stands
            }
            Instant finished = now();
            if (outcome.delivered()) {
                delivery.delivered(outcome.at(), finished);
            } else {
                delivery.attemptFailed(outcome.at(), finished, settings.retrySchedule());
                if (delivery.status() == DeliveryStatus.FAILED) {
                    LOG.infof("Webhook delivery %s failed after %d attempts (last: %s)", delivery.id(),
                            delivery.attempts(), outcome.statusCode() != null ? outcome.statusCode() : outcome.error());
                }
            }
        });
    }

    /** Now, at the precision PostgreSQL stores (so that comparisons with stored times are exact). */
    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    /** The longest one attempt may take (connecting, then the answer, and a margin for the body). */
    private Duration attemptLimit() {
        return settings.connectTimeout().plus(settings.readTimeout()).plusSeconds(5);
    }

    /** How long a claim holds: well beyond the longest attempt, so an answer is recorded before it expires. */
    private Duration lease() {
        return attemptLimit().plusSeconds(30);
    }

    private static String describe(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        String text = t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage())
                + (t.getCause() != null && t.getCause() != t ? " (" + t.getCause() + ")" : "");
        return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH);
    }
}
