package pa.gob.refugio.registration.partner.referral;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pa.gob.refugio.registration.partner.referral.ReferralFixtures.HIAS;
import static pa.gob.refugio.registration.partner.referral.ReferralFixtures.ONPAR;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.RealInfrastructureResource;
import pa.gob.refugio.testing.Tokens;

@QuarkusTest
@WithTestResource(RealInfrastructureResource.class)
class PartnerRefersAPersonAndOnparAcceptsOrDeclinesTest {

    @Inject
    StatusChanges changes;

    @Test
    void aReferralWithConsentIsReceivedAndTheChangeIsFiredInsideTheTransaction() {
        String id = given().auth().oauth2(HIAS).contentType("application/json")
                .body(ReferralFixtures.referral("Carmen",
                        ReferralFixtures.consent("\"REFER_TO_ONPAR\", \"SHARE_STATUS_UPDATES\"")))
                .when().post("/api/v1/referrals")
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/referrals/"))
                .body("status", equalTo("RECEIVED"))
                .body("consentWithdrawn", equalTo(false))
                .extract().path("referralId");
        UUID referral = UUID.fromString(id);

        List<StatusChanges.Seen> seen = changes.of(referral);
        assertEquals(1, seen.size());
        assertEquals("HIAS", seen.get(0).change().partner());
        assertEquals("RECEIVED", seen.get(0).change().status());
        assertTrue(seen.get(0).inTransaction(), "fired inside the transaction of the change");

        given().auth().oauth2(ONPAR).when().get("/api/v1/referrals/" + referral)
                .then().statusCode(200)
                .body("partner", equalTo("HIAS"))
                .body("person.nationalities", equalTo(List.of("VEN", "COL")))
                .body("consent.scopes", hasItem("REFER_TO_ONPAR"))
                .body("consent.takenBy", equalTo("caseworker 17"))
                .body("state", equalTo("RECEIVED"));
    }

    @Test
    void withoutConsentOrWithoutTheReferralScopeTheReferralIsRefused() {
        given().auth().oauth2(HIAS).contentType("application/json")
                .body(ReferralFixtures.referral("Carmen", null))
                .when().post("/api/v1/referrals")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.containsString("consent-required"));
        given().auth().oauth2(HIAS).contentType("application/json")
                .body(ReferralFixtures.referral("Carmen", ReferralFixtures.consent("\"SHARE_STATUS_UPDATES\"")))
                .when().post("/api/v1/referrals")
                .then().statusCode(422)
                .body("type", org.hamcrest.Matchers.containsString("consent-scope-missing"));
        given().auth().oauth2(ONPAR).contentType("application/json")
                .body(ReferralFixtures.referral("Carmen", ReferralFixtures.consent("\"REFER_TO_ONPAR\"")))
                .when().post("/api/v1/referrals")
                .then().statusCode(403);
    }

    @Test
    void onparListsReceivedReferralsAcceptsOneIntoItsCaseAndDeclinesAnother() {
        UUID toAccept = ReferralFixtures.refer(HIAS);
        UUID toDecline = ReferralFixtures.refer(HIAS);
        UUID caseId = ReferralFixtures.caseId(ReferralFixtures.registerFamily());

        given().auth().oauth2(ONPAR).queryParam("status", "RECEIVED").queryParam("size", 500)
                .when().get("/api/v1/referrals")
                .then().statusCode(200)
                .body("size", equalTo(100));
        ReferralFixtures.await(() -> allReceived().contains(toAccept.toString()));
        given().auth().oauth2(Tokens.of(Roles.ONPAR_ELIGIBILITY)).when().get("/api/v1/referrals")
                .then().statusCode(403);
        given().auth().oauth2(HIAS).when().get("/api/v1/referrals").then().statusCode(403);

        given().auth().oauth2(ONPAR).contentType("application/json")
                .body("{\"caseId\": \"" + UUID.randomUUID() + "\"}")
                .when().post("/api/v1/referrals/" + toAccept + "/acceptance")
                .then().statusCode(422).body("type", org.hamcrest.Matchers.containsString("unknown-case"));
        given().auth().oauth2(HIAS).contentType("application/json")
                .body("{\"caseId\": \"" + caseId + "\"}")
                .when().post("/api/v1/referrals/" + toAccept + "/acceptance")
                .then().statusCode(403);

        given().auth().oauth2(ONPAR).contentType("application/json")
                .body("{\"caseId\": \"" + caseId + "\"}")
                .when().post("/api/v1/referrals/" + toAccept + "/acceptance")
                .then().statusCode(200)
                .body("state", equalTo("ACCEPTED"))
                .body("caseId", equalTo(caseId.toString()))
                .body("partnerStatus", equalTo("REGISTERED"));
        assertEquals(List.of("RECEIVED", "REGISTERED"), changes.statuses(toAccept));

        given().auth().oauth2(ONPAR).contentType("application/json")
                .body("{\"caseId\": \"" + caseId + "\"}")
                .when().post("/api/v1/referrals/" + toAccept + "/acceptance")
                .then().statusCode(409).body("currentState", equalTo("ACCEPTED"));
        given().auth().oauth2(ONPAR).contentType("application/json").body("{\"reason\": \"duplicate\"}")
                .when().post("/api/v1/referrals/" + toAccept + "/decline")
                .then().statusCode(409);

        given().auth().oauth2(ONPAR).contentType("application/json").body("{}")
                .when().post("/api/v1/referrals/" + toDecline + "/decline")
                .then().statusCode(400);
        given().auth().oauth2(ONPAR).contentType("application/json")
                .body("{\"reason\": \"The person is already registered under another case\"}")
                .when().post("/api/v1/referrals/" + toDecline + "/decline")
                .then().statusCode(200).body("state", equalTo("DECLINED"));
        assertEquals(List.of("RECEIVED", "DECLINED"), changes.statuses(toDecline));
        ReferralFixtures.partnerView(HIAS, toDecline);
        given().auth().oauth2(HIAS).when().get("/api/v1/referrals/" + toDecline)
                .then().statusCode(200).body("status", equalTo("DECLINED"))
                .body("$", not(org.hamcrest.Matchers.hasKey("declineReason")));
        given().auth().oauth2(ONPAR).queryParam("status", "RECEIVED").queryParam("size", 100)
                .when().get("/api/v1/referrals")
                .then().statusCode(200).body("items.referralId", not(hasItem(toDecline.toString())));
    }

    @Test
    void anUpdateWithAStaleIfMatchIsRefused() {
        UUID referral = ReferralFixtures.refer(HIAS);
        String etag = given().auth().oauth2(ONPAR).when().get("/api/v1/referrals/" + referral)
                .then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(ONPAR).contentType("application/json").header("If-Match", "\"999\"")
                .body("{\"reason\": \"out of scope\"}")
                .when().post("/api/v1/referrals/" + referral + "/decline")
                .then().statusCode(412).body("type", org.hamcrest.Matchers.containsString("precondition-failed"))
                .body("currentETag", equalTo(etag));
        given().auth().oauth2(ONPAR).contentType("application/json").header("If-Match", etag)
                .body("{\"reason\": \"out of scope\"}")
                .when().post("/api/v1/referrals/" + referral + "/decline")
                .then().statusCode(200).header("ETag", not(equalTo(etag)));
    }

    private static List<String> allReceived() {
        List<String> ids = new java.util.ArrayList<>();
        for (int page = 0; ; page++) {
            List<String> items = given().auth().oauth2(ONPAR).queryParam("status", "RECEIVED")
                    .queryParam("size", 100).queryParam("page", page)
                    .when().get("/api/v1/referrals").then().statusCode(200).extract().jsonPath()
                    .getList("items.referralId");
            ids.addAll(items);
            if (items.size() < 100) {
                return ids;
            }
        }
    }
}
