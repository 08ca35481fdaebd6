package pa.gob.refugio.registration.partner.referral;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static pa.gob.refugio.registration.partner.referral.ReferralFixtures.HIAS;
import static pa.gob.refugio.registration.partner.referral.ReferralFixtures.ONPAR;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.events.interview.InterviewScheduled;
import pa.gob.refugio.testing.RealInfrastructureResource;

@QuarkusTest
@WithTestResource(RealInfrastructureResource.class)
class WithdrawnConsentFreezesTheStatusAndStopsNotificationsTest {

    @Inject
    StatusChanges changes;

    @Test
    void afterTheWithdrawalThePartnerSeesNothingNewAndReceivesNothingMore() {
        UUID referral = ReferralFixtures.refer(HIAS);
        JsonPath registered = ReferralFixtures.registerFamily();
        UUID caseId = ReferralFixtures.caseId(registered);
        UUID member = UUID.fromString(registered.getString("application.members[0].memberId"));
        ReferralFixtures.accept(referral, caseId);
        assertEquals(List.of("RECEIVED", "REGISTERED"), changes.statuses(referral));

        given().auth().oauth2(HIAS).when().post("/api/v1/referrals/" + referral + "/consent-withdrawal")
                .then().statusCode(200)
                .body("status", equalTo("REGISTERED"))
                .body("consentWithdrawn", equalTo(true));

        ReferralFixtures.publish(new InterviewScheduled(ReferralFixtures.meta(InterviewScheduled.class, caseId),
                UUID.randomUUID(), member, LocalDateTime.now().plusDays(7).withNano(0), "ONPAR Balboa"));
        ReferralFixtures.awaitTimeline(caseId, "InterviewScheduled");

        given().auth().oauth2(HIAS).when().get("/api/v1/referrals/" + referral)
                .then().statusCode(200)
                .body("status", equalTo("REGISTERED"))
                .body("consentWithdrawn", equalTo(true));
        given().auth().oauth2(HIAS).when().get("/api/v1/referrals/mine?size=100")
                .then().statusCode(200)
                .body("items.findAll { it.referralId == '" + referral + "' }.status", equalTo(List.of("REGISTERED")));
        assertEquals(List.of("RECEIVED", "REGISTERED"), changes.statuses(referral), "nothing fired after withdrawal");

        given().auth().oauth2(HIAS).when().post("/api/v1/referrals/" + referral + "/consent-withdrawal")
                .then().statusCode(409);
        given().auth().oauth2(ONPAR).when().get("/api/v1/referrals/" + referral)
                .then().statusCode(200).body("consentWithdrawn", equalTo(true))
                .body("consentWithdrawnBy", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void onparMayRecordTheWithdrawalOnThePersonsBehalfAndAWithdrawnReferralIsNotAccepted() {
        UUID referral = ReferralFixtures.refer(HIAS);
        UUID caseId = ReferralFixtures.caseId(ReferralFixtures.registerFamily());

        given().auth().oauth2(ONPAR).when().post("/api/v1/referrals/" + referral + "/consent-withdrawal")
                .then().statusCode(200).body("consentWithdrawn", equalTo(true)).body("status", equalTo("RECEIVED"));
        given().auth().oauth2(ONPAR).contentType("application/json").body("{\"caseId\": \"" + caseId + "\"}")
                .when().post("/api/v1/referrals/" + referral + "/acceptance")
                .then().statusCode(409);
        given().auth().oauth2(HIAS).when().get("/api/v1/referrals/" + referral)
                .then().statusCode(200).body("status", equalTo("RECEIVED")).body("consentWithdrawn", equalTo(true));
        assertEquals(List.of("RECEIVED"), changes.statuses(referral));
    }
}
