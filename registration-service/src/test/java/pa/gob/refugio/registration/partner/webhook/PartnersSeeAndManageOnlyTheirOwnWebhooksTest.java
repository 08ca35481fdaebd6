package pa.gob.refugio.registration.partner.webhook;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.registration.partner.referral.ReferralStatusChanged;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.RealInfrastructureResource;
import pa.gob.refugio.testing.Tokens;

@QuarkusTest
@WithTestResource(RealInfrastructureResource.class)
class PartnersSeeAndManageOnlyTheirOwnWebhooksTest {

    @Inject
    Event<ReferralStatusChanged> referralChanges;
    @Inject
    WebhookSender sender;

    @Test
    void neitherPartnerCanListReadDeleteOrReplayTheOthersWebhooks() {
        PartnerWebhooks hias = PartnerWebhooks.fresh("HIAS");
        PartnerWebhooks nrc = PartnerWebhooks.fresh("NRC");
        try (Receiver hiasReceiver = Receiver.answering(500); Receiver nrcReceiver = Receiver.answering()) {
            String hiasId = hias.subscribe(hiasReceiver.url()).getString("id");
            String nrcId = nrc.subscribe(nrcReceiver.url()).getString("id");
            Referrals.fire(referralChanges, Referrals.change(hias.partner, "REGISTERED"));
            sender.sendDue();
            String hiasDelivery = hias.deliveries(hiasId).getString("[0].id");

            hias.as().when().get("/api/v1/webhooks").then().statusCode(200)
                    .body("id", hasItem(hiasId)).body("id", not(hasItem(nrcId)));
            nrc.as().when().get("/api/v1/webhooks").then().statusCode(200)
                    .body("id", hasItem(nrcId)).body("id", not(hasItem(hiasId)));

            nrc.as().when().get("/api/v1/webhooks/" + hiasId).then().statusCode(404);
            nrc.as().when().get("/api/v1/webhooks/" + hiasId + "/deliveries").then().statusCode(404);
            nrc.as().when().post("/api/v1/webhooks/" + hiasId + "/deliveries/" + hiasDelivery + "/replay")
                    .then().statusCode(404);
            nrc.as().when().post("/api/v1/webhooks/" + nrcId + "/deliveries/" + hiasDelivery + "/replay")
                    .then().statusCode(404);
            nrc.as().when().delete("/api/v1/webhooks/" + hiasId).then().statusCode(404);
            // An id that exists elsewhere is answered exactly like one that does not exist at all.
            nrc.as().when().get("/api/v1/webhooks/" + UUID.randomUUID()).then().statusCode(404);

            hias.as().when().get("/api/v1/webhooks/" + hiasId).then().statusCode(200);
            assertEquals(1, hias.deliveries(hiasId).getList("$").size());
            assertEquals(0, nrc.deliveries(nrcId).getList("$").size(), "HIAS's referral is not NRC's business");
            assertEquals(0, nrcReceiver.received().size());
        }
    }

    @Test
    void aUrlOffTheAllowListOrWithoutHttpsIsRefusedWith422() {
        PartnerWebhooks hias = PartnerWebhooks.fresh("HIAS");
        hias.as().body("{\"url\": \"https://hooks.example.org/refugio\"}")
                .when().post("/api/v1/webhooks")
                .then().statusCode(422)
                .contentType(containsString("application/problem+json"))
                .body("type", containsString("webhook-url-not-allowed"))
                .body("host", equalTo("hooks.example.org"));
        hias.as().body("{\"url\": \"ftp://localhost/refugio\"}")
                .when().post("/api/v1/webhooks").then().statusCode(422);
        hias.as().body("{\"url\": \"https://user:password@localhost/refugio\"}")
                .when().post("/api/v1/webhooks").then().statusCode(422);
        hias.as().body("{\"url\": \"not a url\"}")
                .when().post("/api/v1/webhooks").then().statusCode(422);
        hias.as().body("{\"description\": \"no url\"}")
                .when().post("/api/v1/webhooks").then().statusCode(400);
        hias.as().when().get("/api/v1/webhooks").then().statusCode(200).body("$", empty());
    }

    @Test
    void aPartnerMayHoldOnlyTenDestinations() {
        PartnerWebhooks ret = PartnerWebhooks.fresh("RET");
        for (int i = 0; i < 10; i++) {
            ret.subscribe("http://localhost:9009/hook-" + i);
        }
        ret.as().body("{\"url\": \"http://localhost:9009/hook-10\"}")
                .when().post("/api/v1/webhooks")
                .then().statusCode(422).body("type", containsString("too-many-webhooks"));
        String first = ret.as().when().get("/api/v1/webhooks").then().extract().jsonPath().getString("[0].id");
        ret.as().when().delete("/api/v1/webhooks/" + first).then().statusCode(204);
        ret.subscribe("http://localhost:9009/hook-10");
    }

    @Test
    void onlyPartnerNgosUseWebhooks() {
        for (String role : new String[] {Roles.ONPAR_REGISTRATION, Roles.OPERATIONS, Roles.SNM, Roles.OVERSIGHT}) {
            given().auth().oauth2(Tokens.of(role)).when().get("/api/v1/webhooks").then().statusCode(403);
            given().auth().oauth2(Tokens.of(role)).contentType("application/json")
                    .body("{\"url\": \"http://localhost:9009/hook\"}")
                    .when().post("/api/v1/webhooks").then().statusCode(403);
        }
        given().when().get("/api/v1/webhooks").then().statusCode(401);
        given().contentType("application/json").body("{\"url\": \"http://localhost:9009/hook\"}")
                .when().post("/api/v1/webhooks").then().statusCode(401);
        given().when().get("/api/v1/webhooks/" + UUID.randomUUID() + "/deliveries").then().statusCode(401);
        given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION))
                .when().post("/api/v1/webhooks/" + UUID.randomUUID() + "/deliveries/" + UUID.randomUUID() + "/replay")
                .then().statusCode(403);
    }

    @Test
    void aReplayNeedsNoBody() {
        PartnerWebhooks hias = PartnerWebhooks.fresh("HIAS");
        String id = hias.subscribe("http://localhost:9009/hook").getString("id");
        Referrals.fire(referralChanges, Referrals.change(hias.partner, "CLOSED"));
        String deliveryId = hias.deliveries(id).getString("[0].id");
        given().auth().oauth2(Tokens.of(Roles.PARTNER_NGO, hias.partner))
                .when().post("/api/v1/webhooks/" + id + "/deliveries/" + deliveryId + "/replay")
                .then().statusCode(202).body("status", equalTo("PENDING"));
        hias.as().when().delete("/api/v1/webhooks/" + id).then().statusCode(204);
    }
}
