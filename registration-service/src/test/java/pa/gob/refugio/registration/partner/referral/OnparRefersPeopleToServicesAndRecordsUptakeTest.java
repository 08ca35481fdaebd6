package pa.gob.refugio.registration.partner.referral;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static pa.gob.refugio.registration.partner.referral.ReferralFixtures.HIAS;
import static pa.gob.refugio.registration.partner.referral.ReferralFixtures.ONPAR;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.RealInfrastructureResource;
import pa.gob.refugio.testing.Tokens;

@QuarkusTest
@WithTestResource(RealInfrastructureResource.class)
class OnparRefersPeopleToServicesAndRecordsUptakeTest {

    private static final String ELIGIBILITY = Tokens.of(Roles.ONPAR_ELIGIBILITY);

    static String body(String service, UUID member, String reason, String scopes) {
        return """
                {"service": "%s", "memberId": "%s", "reasonCode": "%s"%s}"""
                .formatted(service, member, reason, scopes == null ? "" : ", \"consent\": {\"purpose\": "
                        + "\"Referral to a service\", \"scopes\": [" + scopes + "], \"givenOn\": \""
                        + LocalDate.now() + "\", \"takenBy\": \"ONPAR officer\"}");
    }

    @Test
    void aChildIsReferredToSenniafAnAdultToMentalHealthAndTheUptakeIsRecordedOnce() {
        JsonPath registered = ReferralFixtures.registerFamily();
        UUID caseId = ReferralFixtures.caseId(registered);
        UUID adult = UUID.fromString(registered.getString("application.members[0].memberId"));
        UUID child = UUID.fromString(registered.getString("application.members[2].memberId"));
        String path = "/api/v1/applications/" + caseId + "/service-referrals";

        String childReferral = given().auth().oauth2(ONPAR).contentType("application/json")
                .body(body("SENNIAF", child, "CHILD_PROTECTION", "\"REFER_TO_SERVICE\""))
                .when().post(path)
                .then().statusCode(201)
                .body("service", equalTo("SENNIAF")).body("uptake", equalTo("PENDING"))
                .extract().path("serviceReferralId");
        String adultReferral = given().auth().oauth2(ELIGIBILITY).contentType("application/json")
                .body(body("MINSA_MENTAL_HEALTH", adult, "PSYCHOSOCIAL_SUPPORT",
                        "\"REFER_TO_SERVICE\", \"SHARE_NEEDS_WITH_SERVICE\""))
                .when().post(path)
                .then().statusCode(201).extract().path("serviceReferralId");

        given().auth().oauth2(ONPAR).contentType("application/json")
                .body(body("SENNIAF", adult, "CHILD_PROTECTION", "\"REFER_TO_SERVICE\""))
                .when().post(path)
                .then().statusCode(422).body("type", containsString("senniaf-is-for-children"));

        given().auth().oauth2(ONPAR).contentType("application/json")
                .body("{\"takenUp\": true, \"on\": \"" + LocalDate.now() + "\"}")
                .when().post("/api/v1/service-referrals/" + childReferral + "/uptake")
                .then().statusCode(200).body("uptake", equalTo("TAKEN_UP"))
                .body("uptakeOn", equalTo(LocalDate.now().toString()));
        given().auth().oauth2(ONPAR).contentType("application/json").body("{\"takenUp\": false}")
                .when().post("/api/v1/service-referrals/" + childReferral + "/uptake")
                .then().statusCode(409);
        given().auth().oauth2(ELIGIBILITY).contentType("application/json").body("{\"takenUp\": false}")
                .when().post("/api/v1/service-referrals/" + adultReferral + "/uptake")
                .then().statusCode(200).body("uptake", equalTo("NOT_TAKEN_UP"));

        given().auth().oauth2(ELIGIBILITY).when().get(path)
                .then().statusCode(200)
                .body("serviceReferralId", equalTo(List.of(childReferral, adultReferral)))
                .body("uptake", equalTo(List.of("TAKEN_UP", "NOT_TAKEN_UP")))
                .body("[1].consent.scopes", equalTo(List.of("REFER_TO_SERVICE", "SHARE_NEEDS_WITH_SERVICE")));
    }

    @Test
    void aServiceReferralNeedsConsentAMemberOfTheCaseAndAnOnparRole() {
        JsonPath registered = ReferralFixtures.registerFamily();
        UUID caseId = ReferralFixtures.caseId(registered);
        UUID adult = UUID.fromString(registered.getString("application.members[0].memberId"));
        String path = "/api/v1/applications/" + caseId + "/service-referrals";

        given().auth().oauth2(ONPAR).contentType("application/json")
                .body(body("LEGAL_AID", adult, "LEGAL_ADVICE", null))
                .when().post(path).then().statusCode(422).body("type", containsString("consent-required"));
        given().auth().oauth2(ONPAR).contentType("application/json")
                .body(body("LEGAL_AID", adult, "LEGAL_ADVICE", "\"REFER_TO_ONPAR\""))
                .when().post(path).then().statusCode(422).body("type", containsString("consent-scope-missing"));
        given().auth().oauth2(ONPAR).contentType("application/json")
                .body(body("LIVELIHOOD", UUID.randomUUID(), "EMPLOYMENT", "\"REFER_TO_SERVICE\""))
                .when().post(path).then().statusCode(422).body("type", containsString("unknown-member"));
        given().auth().oauth2(ONPAR).contentType("application/json")
                .body(body("MITRADEL", adult, "WORK_PERMIT", "\"REFER_TO_SERVICE\""))
                .when().post("/api/v1/applications/" + UUID.randomUUID() + "/service-referrals")
                .then().statusCode(404);
        given().auth().oauth2(HIAS).contentType("application/json")
                .body(body("MITRADEL", adult, "WORK_PERMIT", "\"REFER_TO_SERVICE\""))
                .when().post(path).then().statusCode(403);
        given().auth().oauth2(HIAS).when().get(path).then().statusCode(403);
        given().auth().oauth2(ONPAR).contentType("application/json").body("{\"takenUp\": true}")
                .when().post("/api/v1/service-referrals/" + UUID.randomUUID() + "/uptake")
                .then().statusCode(404);
    }
}
