package pa.gob.refugio.registration.partner.referral;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static pa.gob.refugio.registration.partner.referral.ReferralFixtures.HIAS;

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
class ACaseEventMovesTheReferralWithoutAnyPollAndReadsChangeNothingTest {

    @Inject
    StatusChanges changes;

    @Test
    void theInterviewEventMovesThePartnersStatusInItsOwnInboxTransaction() {
        UUID referral = ReferralFixtures.refer(HIAS);
        JsonPath registered = ReferralFixtures.registerFamily();
        UUID caseId = ReferralFixtures.caseId(registered);
        UUID member = UUID.fromString(registered.getString("application.members[0].memberId"));
        ReferralFixtures.accept(referral, caseId);

        ReferralFixtures.publish(new InterviewScheduled(ReferralFixtures.meta(InterviewScheduled.class, caseId),
                UUID.randomUUID(), member, LocalDateTime.now().plusDays(7).withNano(0), "ONPAR Balboa"));

        // No read of the referral and no scheduled job: the consumer of the event moves it.
        ReferralFixtures.await(() -> changes.statuses(referral).contains("INTERVIEW_SCHEDULED"));
        assertEquals(List.of("RECEIVED", "REGISTERED", "INTERVIEW_SCHEDULED"), changes.statuses(referral));
        assertEquals(List.of(true, true, true), changes.of(referral).stream().map(StatusChanges.Seen::inTransaction)
                .toList(), "fired inside the transaction that changed it (the webhook is queued with it)");
    }

    @Test
    void readingAReferralOrTheListFiresNothingAndChangesNothing() {
        UUID referral = ReferralFixtures.refer(HIAS);
        String etag = given().auth().oauth2(HIAS).when().get("/api/v1/referrals/" + referral)
                .then().statusCode(200).extract().header("ETag");
        int fired = changes.of(referral).size();

        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(HIAS).when().get("/api/v1/referrals/" + referral).then().statusCode(200);
            given().auth().oauth2(HIAS).when().get("/api/v1/referrals/mine").then().statusCode(200);
        }

        assertEquals(fired, changes.of(referral).size(), "a read tells the partner nothing");
        assertEquals(etag, given().auth().oauth2(HIAS).when().get("/api/v1/referrals/" + referral)
                .then().statusCode(200).extract().header("ETag"), "a read does not write the referral");
    }
}
