package pa.gob.refugio.registration.partner.webhook;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.registration.partner.referral.ReferralStatusChanged;
import pa.gob.refugio.testing.RealInfrastructureResource;

@QuarkusTest
@WithTestResource(RealInfrastructureResource.class)
class PartnerReceivesSignedReferralStatusChangesTest {

    @Inject
    Event<ReferralStatusChanged> referralChanges;
    @Inject
    WebhookSender sender;

    @Test
    void theSecretIsShownOnceAndEveryDeliveryIsSignedWithIt() {
        PartnerWebhooks hias = PartnerWebhooks.fresh("HIAS");
        try (Receiver receiver = Receiver.answering()) {
            var response = hias.as().body("{\"url\": \"" + receiver.url() + "\", \"description\": \"case workers\"}")
                    .when().post("/api/v1/webhooks")
                    .then().statusCode(201)
                    .body("url", equalTo(receiver.url()))
                    .body("description", equalTo("case workers"))
                    .body("secret", startsWith("whsec_"))
                    .extract();
            JsonPath created = response.jsonPath();
            String id = created.getString("id");
            assertTrue(response.header("Location").endsWith("/api/v1/webhooks/" + id));
            String secret = created.getString("secret");
            receiver.withSecret(secret);

            hias.as().when().get("/api/v1/webhooks").then().statusCode(200)
                    .body("find { it.id == '" + id + "' }.url", equalTo(receiver.url()))
                    .body("find { it.id == '" + id + "' }", not(hasKey("secret")));
            hias.as().when().get("/api/v1/webhooks/" + id).then().statusCode(200)
                    .body("id", equalTo(id)).body("$", not(hasKey("secret")));

            ReferralStatusChanged change = Referrals.change(hias.partner, "REGISTERED");
            Referrals.fire(referralChanges, change);
            JsonPath queued = hias.deliveries(id);
            assertEquals(1, queued.getList("$").size());
            assertEquals("PENDING", queued.getString("[0].status"));
            assertEquals(0, queued.getInt("[0].attemptCount"));
            String deliveryId = queued.getString("[0].id");

            sender.sendDue();

            assertEquals(1, receiver.received().size());
            Receiver.Received request = receiver.received().get(0);
            assertTrue(request.signatureValid(), "v1= hex HMAC-SHA256 of timestamp.body with the secret");
            assertEquals(deliveryId, request.webhookId());
            assertEquals("application/json", request.contentType());
            long sentAt = Long.parseLong(request.timestamp());
            assertTrue(Math.abs(Instant.now().getEpochSecond() - sentAt) < 300, "Unix seconds of the attempt");
            assertEquals(WebhookSignature.sign(secret, sentAt, request.body()), request.signature());

            JsonPath body = new JsonPath(request.body());
            assertEquals(Map.of("id", deliveryId, "type", "referral.status_changed",
                    "referralId", change.referralId().toString(), "status", "REGISTERED",
                    "occurredAt", change.occurredAt().toString()), body.getMap("$"),
                    "ids, type, coarse status and time: no personal data");

            hias.as().when().get("/api/v1/webhooks/" + id + "/deliveries").then().statusCode(200)
                    .body("[0].id", equalTo(deliveryId))
                    .body("[0].type", equalTo("referral.status_changed"))
                    .body("[0].referralId", equalTo(change.referralId().toString()))
                    .body("[0].referralStatus", equalTo("REGISTERED"))
                    .body("[0].status", equalTo("DELIVERED"))
                    .body("[0].attemptCount", equalTo(1))
                    .body("[0].attempts", hasSize(1))
                    .body("[0].attempts[0].statusCode", equalTo(200));
        }
    }

    @Test
    void everyActiveDestinationOfThePartnerGetsItsOwnDeliveryAndNoOtherPartnerGetsOne() {
        PartnerWebhooks nrc = PartnerWebhooks.fresh("NRC");
        PartnerWebhooks ret = PartnerWebhooks.fresh("RET");
        try (Receiver first = Receiver.answering(); Receiver second = Receiver.answering();
             Receiver other = Receiver.answering()) {
            JsonPath one = nrc.subscribe(first.url());
            JsonPath two = nrc.subscribe(second.url());
            JsonPath others = ret.subscribe(other.url());
            first.withSecret(one.getString("secret"));
            second.withSecret(two.getString("secret"));

            Referrals.fire(referralChanges, Referrals.change(nrc.partner, "INTERVIEW_SCHEDULED"));
            sender.sendDue();

            assertEquals(1, first.received().size());
            assertEquals(1, second.received().size());
            assertTrue(first.received().get(0).signatureValid());
            assertTrue(second.received().get(0).signatureValid(), "each destination signs with its own secret");
            assertNotEquals(first.received().get(0).webhookId(), second.received().get(0).webhookId());
            assertEquals(0, other.received().size());
            assertEquals(0, ret.deliveries(others.getString("id")).getList("$").size());
        }
    }

    @Test
    void aChangeWhoseTransactionRollsBackQueuesNothing() {
        PartnerWebhooks hias = PartnerWebhooks.fresh("HIAS");
        try (Receiver receiver = Receiver.answering()) {
            String id = hias.subscribe(receiver.url()).getString("id");
            assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
                referralChanges.fire(Referrals.change(hias.partner, "DECIDED"));
                throw new IllegalStateException("the referral change failed after the event");
            }));
            assertEquals(0, hias.deliveries(id).getList("$").size());
            sender.sendDue();
            assertEquals(0, receiver.received().size());
        }
    }

    @Test
    void aDeletedDestinationReceivesNothingMoreEvenWhatWasAlreadyQueued() {
        PartnerWebhooks hias = PartnerWebhooks.fresh("HIAS");
        try (Receiver receiver = Receiver.answering()) {
            String id = hias.subscribe(receiver.url()).getString("id");
            Referrals.fire(referralChanges, Referrals.change(hias.partner, "DECISION_PENDING"));
            assertEquals(1, hias.deliveries(id).getList("$").size());

            hias.as().when().delete("/api/v1/webhooks/" + id).then().statusCode(204);
            Referrals.fire(referralChanges, Referrals.change(hias.partner, "DECIDED"));
            sender.sendDue();

            assertEquals(0, receiver.received().size());
            hias.as().when().get("/api/v1/webhooks").then().statusCode(200).body("id", not(hasItem(id)));
            hias.as().when().get("/api/v1/webhooks/" + id).then().statusCode(404);
            hias.as().when().get("/api/v1/webhooks/" + id + "/deliveries").then().statusCode(404);
            hias.as().when().delete("/api/v1/webhooks/" + id).then().statusCode(404);
        }
    }
}
