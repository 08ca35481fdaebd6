package pa.gob.refugio.registration.partner.referral;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static pa.gob.refugio.registration.partner.referral.ReferralFixtures.HIAS;
import static pa.gob.refugio.registration.partner.referral.ReferralFixtures.NRC;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.events.decision.StatusRejected;
import pa.gob.refugio.events.interview.InterviewScheduled;
import pa.gob.refugio.testing.RealInfrastructureResource;

@QuarkusTest
@WithTestResource(RealInfrastructureResource.class)
class PartnersSeeOnlyTheirOwnReferralsWithACoarseStatusTest {

    @Inject
    StatusChanges changes;

    @Test
    void neitherPartnerCanReadListGuessOrWithdrawTheOthersReferrals() {
        UUID ofHias = ReferralFixtures.refer(HIAS);
        UUID ofNrc = ReferralFixtures.refer(NRC);

        ReferralFixtures.partnerView(HIAS, ofHias);
        ReferralFixtures.partnerView(NRC, ofNrc);
        for (String path : List.of("/api/v1/referrals/" + ofNrc, "/api/v1/referrals/" + UUID.randomUUID())) {
            given().auth().oauth2(HIAS).when().get(path)
                    .then().statusCode(404).contentType("application/problem+json");
        }
        given().auth().oauth2(NRC).when().get("/api/v1/referrals/" + ofHias).then().statusCode(404);
        given().auth().oauth2(NRC).when().post("/api/v1/referrals/" + ofHias + "/consent-withdrawal")
                .then().statusCode(404);

        JsonPath hiasPage = given().auth().oauth2(HIAS).queryParam("size", 1000)
                .when().get("/api/v1/referrals/mine").then().statusCode(200)
                .body("size", equalTo(100)).extract().jsonPath();
        List<String> hiasIds = hiasPage.getList("items.referralId");
        assertFalse(hiasIds.contains(ofNrc.toString()), "HIAS's list never shows NRC's referral");
        List<String> nrcIds = given().auth().oauth2(NRC).queryParam("size", 100)
                .when().get("/api/v1/referrals/mine").then().statusCode(200)
                .body("items.referralId", hasItem(ofNrc.toString()))
                .extract().jsonPath().getList("items.referralId");
        assertFalse(nrcIds.contains(ofHias.toString()), "NRC's list never shows HIAS's referral");
        // the newest first: the referral just made is on the first page
        assertEquals(true, hiasIds.contains(ofHias.toString()));
    }

    @Test
    void thePartnerSeesACoarseStatusDerivedFromTheCaseAndNothingPersonal() {
        UUID referral = ReferralFixtures.refer(HIAS);
        JsonPath registered = ReferralFixtures.registerFamily();
        UUID caseId = ReferralFixtures.caseId(registered);
        UUID member = UUID.fromString(registered.getString("application.members[0].memberId"));
        ReferralFixtures.accept(referral, caseId);

        given().auth().oauth2(HIAS).when().get("/api/v1/referrals/" + referral)
                .then().statusCode(200)
                .body("status", equalTo("REGISTERED"))
                .body("consentWithdrawn", equalTo(false))
                .body("$", not(hasKey("person")))
                .body("$", not(hasKey("caseId")))
                .body("$", not(hasKey("declineReason")));

        ReferralFixtures.publish(new InterviewScheduled(ReferralFixtures.meta(InterviewScheduled.class, caseId),
                UUID.randomUUID(), member, LocalDateTime.now().plusDays(7).withNano(0), "ONPAR Balboa"));
        ReferralFixtures.awaitTimeline(caseId, "InterviewScheduled");
        assertEquals(List.of("RECEIVED", "REGISTERED", "INTERVIEW_SCHEDULED"), changes.statuses(referral));
        given().auth().oauth2(HIAS).when().get("/api/v1/referrals/mine?size=100")
                .then().statusCode(200)
                .body("items.findAll { it.referralId == '" + referral + "' }.status",
                        equalTo(List.of("INTERVIEW_SCHEDULED")));

        ReferralFixtures.publish(new StatusRejected(ReferralFixtures.meta(StatusRejected.class, caseId),
                UUID.randomUUID(), List.of(member), LocalDate.now()));
        ReferralFixtures.awaitTimeline(caseId, "StatusRejected");
        JsonPath seen = ReferralFixtures.partnerView(HIAS, referral);
        assertEquals("DECIDED", seen.getString("status"), "the outcome is not revealed, only that it is decided");
        assertFalse(seen.prettify().contains("REJECT"), "no outcome");
        assertEquals(List.of("RECEIVED", "REGISTERED", "INTERVIEW_SCHEDULED", "DECIDED"), changes.statuses(referral));
        assertEquals(List.of("HIAS"), changes.of(referral).stream().map(s -> s.change().partner()).distinct().toList());
    }

    @Test
    void withoutConsentToShareStatusUpdatesThePartnerOnlyLearnsThatThePersonWasRegistered() {
        UUID referral = ReferralFixtures.refer(NRC, "\"REFER_TO_ONPAR\"");
        JsonPath registered = ReferralFixtures.registerFamily();
        UUID caseId = ReferralFixtures.caseId(registered);
        UUID member = UUID.fromString(registered.getString("application.members[0].memberId"));
        ReferralFixtures.accept(referral, caseId);
        ReferralFixtures.publish(new InterviewScheduled(ReferralFixtures.meta(InterviewScheduled.class, caseId),
                UUID.randomUUID(), member, LocalDateTime.now().plusDays(7).withNano(0), "ONPAR Balboa"));
        ReferralFixtures.awaitTimeline(caseId, "InterviewScheduled");

        given().auth().oauth2(NRC).when().get("/api/v1/referrals/" + referral)
                .then().statusCode(200).body("status", equalTo("REGISTERED"));
        given().auth().oauth2(NRC).when().get("/api/v1/referrals/mine")
                .then().statusCode(200).body("items.status", everyItem(not(equalTo("INTERVIEW_SCHEDULED"))));
        assertEquals(List.of("RECEIVED", "REGISTERED"), changes.statuses(referral));
    }
}
