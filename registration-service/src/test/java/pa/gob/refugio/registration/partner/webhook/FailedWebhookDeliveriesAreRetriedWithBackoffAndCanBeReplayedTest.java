package pa.gob.refugio.registration.partner.webhook;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.registration.partner.referral.ReferralStatusChanged;
import pa.gob.refugio.testing.RealInfrastructureResource;

@QuarkusTest
@WithTestResource(RealInfrastructureResource.class)
class FailedWebhookDeliveriesAreRetriedWithBackoffAndCanBeReplayedTest {

    @Inject
    Event<ReferralStatusChanged> referralChanges;
    @Inject
    WebhookSender sender;

    @Test
    void aReceiverThatFailsFirstGetsTheSameDeliveryAgainAfterTheBackoffAndItIsDelivered() {
        PartnerWebhooks hias = PartnerWebhooks.fresh("HIAS");
        try (Receiver receiver = Receiver.answering(500)) {
            JsonPath created = hias.subscribe(receiver.url());
            String id = created.getString("id");
            receiver.withSecret(created.getString("secret"));
            Referrals.fire(referralChanges, Referrals.change(hias.partner, "REGISTERED"));

            sender.sendDue();
            assertEquals(1, receiver.received().size());
            JsonPath afterFailure = hias.deliveries(id);
            assertEquals("PENDING", afterFailure.getString("[0].status"));
            assertEquals(1, afterFailure.getInt("[0].attemptCount"));
            assertEquals(500, afterFailure.getInt("[0].attempts[0].statusCode"));
            Instant failedAt = Instant.parse(afterFailure.getString("[0].attempts[0].at"));
            Instant nextAttempt = Instant.parse(afterFailure.getString("[0].nextAttemptAt"));
            Duration backoff = Duration.between(failedAt, nextAttempt);
            assertTrue(backoff.compareTo(Duration.ofSeconds(10)) >= 0 && backoff.compareTo(Duration.ofSeconds(30)) < 0,
                    "first retry 10 s after the failed attempt, was " + backoff);

            sender.sendDueAsOf(nextAttempt.minusSeconds(1));
            assertEquals(1, receiver.received().size(), "not due before its backoff has passed");

            sender.sendDueAsOf(nextAttempt);
            assertEquals(2, receiver.received().size());
            Receiver.Received first = receiver.received().get(0);
            Receiver.Received retry = receiver.received().get(1);
            assertEquals(first.webhookId(), retry.webhookId(), "the same delivery id on every attempt");
            assertEquals(first.body(), retry.body(), "the same payload on every attempt");
            assertTrue(first.signatureValid() && retry.signatureValid());

            hias.as().when().get("/api/v1/webhooks/" + id + "/deliveries").then().statusCode(200)
                    .body("[0].status", equalTo("DELIVERED"))
                    .body("[0].attemptCount", equalTo(2))
                    .body("[0].attempts.statusCode", equalTo(List.of(500, 200)));
        }
    }

    @Test
    void anUnreachableReceiverIsLoggedAsRefusedAndRetried() throws IOException {
        PartnerWebhooks nrc = PartnerWebhooks.fresh("NRC");
        String url = "http://127.0.0.1:" + freePort() + "/hook";
        String id = nrc.subscribe(url).getString("id");
        Referrals.fire(referralChanges, Referrals.change(nrc.partner, "RECEIVED"));

        sender.sendDue();

        JsonPath log = nrc.deliveries(id);
        assertEquals("PENDING", log.getString("[0].status"));
        assertNull(log.get("[0].attempts[0].statusCode"));
        assertEquals("refused", log.getString("[0].attempts[0].error"), "a generic outcome, not the exception text");
        assertEquals("refused", log.getString("[0].attempts[0].outcome"));
        assertTrue(log.get("[0].nextAttemptAt") != null);
    }

    @Test
    void afterTheLastAttemptTheDeliveryFailsAndAReplayQueuesItAgain() {
        PartnerWebhooks ret = PartnerWebhooks.fresh("RET");
        try (Receiver receiver = Receiver.answering().alwaysAnswer(503)) {
            JsonPath created = ret.subscribe(receiver.url());
            String id = created.getString("id");
            receiver.withSecret(created.getString("secret"));
            Referrals.fire(referralChanges, Referrals.change(ret.partner, "DECIDED"));
            String deliveryId = ret.deliveries(id).getString("[0].id");

            for (int attempt = 1; attempt <= 8; attempt++) {
                sender.sendDueAsOf(Instant.now().plus(Duration.ofHours(2)));
                assertEquals(attempt, receiver.received().size(), "one attempt per run");
            }
            JsonPath failed = ret.deliveries(id);
            assertEquals("FAILED", failed.getString("[0].status"));
            assertEquals(8, failed.getInt("[0].attemptCount"), "refugio.webhooks.max-attempts");
            assertNull(failed.get("[0].nextAttemptAt"));
            sender.sendDueAsOf(Instant.now().plus(Duration.ofDays(1)));
            assertEquals(8, receiver.received().size(), "a failed delivery is not sent again by itself");

            receiver.alwaysAnswer(204);
            ret.as().when().post("/api/v1/webhooks/" + id + "/deliveries/" + deliveryId + "/replay")
                    .then().statusCode(202)
                    .body("id", equalTo(deliveryId))
                    .body("status", equalTo("PENDING"))
                    .body("attemptCount", equalTo(0));
            sender.sendDue();

            assertEquals(9, receiver.received().size());
            assertEquals(deliveryId, receiver.received().get(8).webhookId());
            assertTrue(receiver.received().get(8).signatureValid());
            JsonPath delivered = ret.deliveries(id);
            assertEquals("DELIVERED", delivered.getString("[0].status"));
            assertEquals(9, delivered.getList("[0].attempts").size(), "the log keeps the attempts before the replay");
            assertEquals(204, delivered.getInt("[0].attempts[8].statusCode"));
        }
    }

    @Test
    void aDeliveredNotificationCanBeReplayedWithTheSameIdAndPayload() {
        PartnerWebhooks hias = PartnerWebhooks.fresh("HIAS");
        try (Receiver receiver = Receiver.answering()) {
            JsonPath created = hias.subscribe(receiver.url());
            String id = created.getString("id");
            receiver.withSecret(created.getString("secret"));
            Referrals.fire(referralChanges, Referrals.change(hias.partner, "DECIDED"));
            sender.sendDue();
            String deliveryId = hias.deliveries(id).getString("[0].id");

            hias.as().when().post("/api/v1/webhooks/" + id + "/deliveries/" + deliveryId + "/replay")
                    .then().statusCode(202).body("status", equalTo("PENDING"));
            sender.sendDue();

            assertEquals(2, receiver.received().size());
            assertEquals(receiver.received().get(0).body(), receiver.received().get(1).body());
            assertEquals(deliveryId, receiver.received().get(1).webhookId());
            assertEquals("DELIVERED", hias.deliveries(id).getString("[0].status"));
        }
    }

    @Test
    void twoSendersAtOnceAsTwoInstancesWouldSendEachDeliveryExactlyOnce() throws Exception {
        PartnerWebhooks nrc = PartnerWebhooks.fresh("NRC");
        try (Receiver receiver = Receiver.answering()) {
            JsonPath created = nrc.subscribe(receiver.url());
            String id = created.getString("id");
            receiver.withSecret(created.getString("secret"));
            for (int i = 0; i < 23; i++) {
                Referrals.fire(referralChanges, Referrals.change(nrc.partner, "REGISTERED"));
            }

            ExecutorService instances = Executors.newFixedThreadPool(2);
            try {
                Callable<Integer> run = sender::sendDue;
                List<Future<Integer>> runs = instances.invokeAll(List.of(run, run));
                for (Future<Integer> r : runs) {
                    r.get();
                }
            } finally {
                instances.shutdownNow();
            }

            Map<String, Long> perId = receiver.received().stream()
                    .collect(Collectors.groupingBy(Receiver.Received::webhookId, Collectors.counting()));
            assertEquals(23, perId.size(), "every delivery was sent");
            assertTrue(perId.values().stream().allMatch(n -> n == 1), "none was sent twice: " + perId);
            JsonPath log = nrc.deliveries(id);
            assertEquals(23, log.getList("$").size());
            assertEquals(Map.of("DELIVERED", 23L), log.getList("status", String.class).stream()
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting())));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
