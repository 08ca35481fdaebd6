package pa.gob.refugio.registration.partner.webhook;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Sends due webhook deliveries. Each round claims up to {@code batch-size} due rows in a short transaction
 * ({@code FOR UPDATE SKIP LOCKED}, then a claim token and a lease), sends them in parallel outside any transaction
 * with short timeouts, and records each outcome in its own transaction: 2xx is delivered, anything else (other
 * status, redirect, timeout, refused connection) is retried on the {@link RetrySchedule} until FAILED. With two
 * instances, a row claimed by one is skipped by the other; a lease that outlives a crash expires and the row is
 * sent again (delivery is at least once; receivers deduplicate on {@code Refugio-Webhook-Id}).
 */
@ApplicationScoped
public class WebhookSender {

    private static final Logger LOG = Logger.getLogger(WebhookSender.class);
    private static final int MAX_ROUNDS_PER_RUN = 20;
    private static final int MAX_ERROR_LENGTH = 300;

    private final EntityManager em;
    private final WebhookSettings settings;
    private final Clock clock;
    private final HttpClient http;

    public WebhookSender(EntityManager em, WebhookSettings settings, Clock clock) {
        this.em = em;
        this.settings = settings;
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    @Scheduled(identity = "webhook-sender", every = "${refugio.webhooks.send-every:5s}",
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
        long started = System.nanoTime();
        Optional<String> refusal = settings.targetUrlPolicy().refusal(outgoing.url());
        if (refusal.isPresent()) {
            return CompletableFuture.completedFuture(new Outcome(at, null, "not sent: " + refusal.get(), 0));
        }
        long timestamp = at.getEpochSecond();
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(outgoing.url()))
                    .timeout(settings.readTimeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Refugio-Webhooks/1")
                    .header(WebhookSignature.ID_HEADER, outgoing.deliveryId().toString())
                    .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                    .header(WebhookSignature.SIGNATURE_HEADER,
                            WebhookSignature.sign(outgoing.secret(), timestamp, outgoing.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(outgoing.payload(), StandardCharsets.UTF_8))
                    .build();
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(new Outcome(at, null, "not sent: " + describe(e), 0));
        }
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .orTimeout(attemptLimit().toMillis(), TimeUnit.MILLISECONDS)
                .handle((response, failure) -> {
                    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
                    return failure == null
                            ? new Outcome(at, response.statusCode(), null, millis)
                            : new Outcome(at, null, describe(failure), millis);
                });
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
        String text = t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
        return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH);
    }
}
