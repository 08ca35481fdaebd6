package pa.gob.refugio.registration.partner.webhook;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.RealInfrastructureResource;
import pa.gob.refugio.testing.Tokens;

@QuarkusTest
@WithTestResource(RealInfrastructureResource.class)
class WithdrawnConsentCancelsQueuedAndRetryingDeliveriesAndRefusesReplayTest {

    @Inject
    WebhookSender sender;

    private static String refer(PartnerWebhooks partner) {
        String body = """
                {"person": {"givenNames": "Marta", "familyNames": "Q%s", "dateOfBirth": "1992-03-04",
                            "nationalities": ["VEN"]},
                 "consent": {"purpose": "Referral to ONPAR", "scopes": ["REFER_TO_ONPAR", "SHARE_STATUS_UPDATES"],
                             "givenOn": "%s", "takenBy": "caseworker 3"}}"""
                .formatted(System.nanoTime(), LocalDate.now().minusDays(1));
        return partner.as().body(body).when().post("/api/v1/referrals")
                .then().statusCode(201).extract().path("referralId");
    }

    private static void withdraw(PartnerWebhooks partner, String referral) {
        given().auth().oauth2(Tokens.of(Roles.PARTNER_NGO, partner.partner))
                .when().post("/api/v1/referrals/" + referral + "/consent-withdrawal").then().statusCode(200);
    }

    @Test
    void aRetryingAndAQueuedDeliveryAreCancelledAndNeitherIsSentNorReplayed() {
        PartnerWebhooks hias = PartnerWebhooks.fresh("HIAS");
        try (Receiver receiver = Receiver.answering().alwaysAnswer(503)) {
            String subscription = hias.subscribe(receiver.url()).getString("id");
            String first = refer(hias);
            sender.sendDue(); // the RECEIVED notification fails: it is retrying
            assertEquals(1, receiver.received().size());
            String second = refer(hias); // a second referral's notification, queued, not attempted
            JsonPath before = hias.deliveries(subscription);
            assertEquals(List.of("PENDING", "PENDING"), before.getList("status"));

            withdraw(hias, first);

            JsonPath after = hias.deliveries(subscription);
            assertEquals("CANCELLED", statusOf(after, first));
            assertEquals("PENDING", statusOf(after, second), "another referral's delivery is not touched");
            receiver.alwaysAnswer(200);
            sender.sendDueAsOf(Instant.now().plus(Duration.ofHours(2)));
            assertEquals(List.of(second), receiver.received().stream().skip(1)
                    .map(r -> JsonPath.from(r.body()).getString("referralId")).toList(),
                    "nothing more about the withdrawn referral is sent");

            String cancelled = idOf(hias.deliveries(subscription), first);
            hias.as().when().post("/api/v1/webhooks/" + subscription + "/deliveries/" + cancelled + "/replay")
                    .then().statusCode(409)
                    .body("type", containsString("illegal-transition"))
                    .body("reason", equalTo("consent-withdrawn"));
        }
    }

    @Test
    void aDeliveredNotificationOfAWithdrawnReferralCannotBeReplayed() {
        PartnerWebhooks nrc = PartnerWebhooks.fresh("NRC");
        try (Receiver receiver = Receiver.answering()) {
            String subscription = nrc.subscribe(receiver.url()).getString("id");
            String referral = refer(nrc);
            sender.sendDue();
            JsonPath log = nrc.deliveries(subscription);
            assertEquals("DELIVERED", statusOf(log, referral));

            withdraw(nrc, referral);

            assertEquals("DELIVERED", statusOf(nrc.deliveries(subscription), referral), "history stays as it was");
            nrc.as().when().post("/api/v1/webhooks/" + subscription + "/deliveries/" + idOf(log, referral)
                            + "/replay")
                    .then().statusCode(409).body("reason", equalTo("consent-withdrawn"));
            sender.sendDue();
            assertEquals(1, receiver.received().size());
        }
    }

    private static String statusOf(JsonPath log, String referral) {
        return log.getString("find { it.referralId == '" + referral + "' }.status");
    }

    private static String idOf(JsonPath log, String referral) {
        return log.getString("find { it.referralId == '" + referral + "' }.id");
    }
}
