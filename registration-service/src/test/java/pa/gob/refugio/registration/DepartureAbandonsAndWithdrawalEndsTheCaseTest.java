package pa.gob.refugio.registration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.events.Topics;
import pa.gob.refugio.events.registration.ApplicationAbandonedV2;
import pa.gob.refugio.events.registration.ApplicationWithdrawnV2;
import pa.gob.refugio.events.registration.AsylumSeekerCertificateRevoked;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.EventLog;
import pa.gob.refugio.testing.RealInfrastructureResource;
import pa.gob.refugio.testing.Tokens;

@QuarkusTest
@WithTestResource(RealInfrastructureResource.class)
class DepartureAbandonsAndWithdrawalEndsTheCaseTest {

    @Test
    void departureReportedBySnmAbandonsTheCaseOnceAndIsAnEventKeyedByCase() {
        UUID caseId = Families.caseId(Families.register(Families.family("ONPAR Balboa")));
        LocalDate departed = LocalDate.now().minusDays(1);

        given().auth().oauth2(Tokens.of(Roles.SNM)).contentType("application/json")
                .body("{\"departureDate\": \"" + departed + "\", \"borderPost\": \"Paso Canoas\"}")
                .when().post("/api/v1/applications/" + caseId + "/departure")
                .then().statusCode(200)
                .body("status", equalTo("ABANDONED"))
                .body("endedOn", equalTo(departed.toString()));

        try (EventLog log = EventLog.of(Topics.REGISTRATION)) {
            ApplicationAbandonedV2 event = log.awaitOne(ApplicationAbandonedV2.class, caseId);
            assertEquals(3, event.memberIds().size(), "no memberIds: every member still in the procedure");
            assertEquals(departed, event.departureDate());
            assertEquals("SNM", event.reportedBy());
            ConsumerRecord<String, String> record = log.records().stream()
                    .filter(r -> event.eventId().toString().equals(EventLog.header(r, "ce_id")))
                    .findFirst().orElseThrow();
            assertEquals(caseId.toString(), record.key());
            assertEquals(3, log.await(AsylumSeekerCertificateRevoked.class, caseId, 3, Duration.ofSeconds(30)).size());
        }

        given().auth().oauth2(Tokens.of(Roles.SNM)).contentType("application/json")
                .body("{\"departureDate\": \"" + departed + "\"}")
                .when().post("/api/v1/applications/" + caseId + "/departure")
                .then().statusCode(409).contentType("application/problem+json")
                .body("currentState", equalTo("ABANDONED"));
        given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION)).contentType("application/json")
                .body("{\"withdrawnOn\": \"" + LocalDate.now() + "\"}")
                .when().post("/api/v1/applications/" + caseId + "/withdrawal")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void applicantWithdrawsOnceAndTheWithdrawalIsAnEvent() {
        UUID caseId = Families.caseId(Families.register(Families.family("ONPAR Balboa")));

        given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION)).contentType("application/json")
                .body("{\"withdrawnOn\": \"" + LocalDate.now() + "\", \"reason\": \"Returning with family\"}")
                .when().post("/api/v1/applications/" + caseId + "/withdrawal")
                .then().statusCode(200).body("status", equalTo("WITHDRAWN"));

        try (EventLog log = EventLog.of(Topics.REGISTRATION)) {
            assertEquals(LocalDate.now(), log.awaitOne(ApplicationWithdrawnV2.class, caseId).withdrawnOn());
        }

        given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION)).contentType("application/json")
                .body("{\"withdrawnOn\": \"" + LocalDate.now() + "\"}")
                .when().post("/api/v1/applications/" + caseId + "/withdrawal")
                .then().statusCode(409).body("type", containsString("illegal-transition"));
        given().auth().oauth2(Tokens.of(Roles.SNM)).contentType("application/json")
                .body("{\"departureDate\": \"" + LocalDate.now() + "\"}")
                .when().post("/api/v1/applications/" + caseId + "/departure")
                .then().statusCode(409);
        given().auth().oauth2(Tokens.of(Roles.ONPAR_ELIGIBILITY))
                .when().get("/api/v1/applications/" + caseId)
                .then().statusCode(200).body("status", equalTo("WITHDRAWN"));
    }

    @Test
    void onlySnmReportsDeparturesAndOnlyOnparRecordsWithdrawals() {
        UUID caseId = Families.caseId(Families.register(Families.family("ONPAR Balboa")));
        given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION)).contentType("application/json")
                .body("{\"departureDate\": \"" + LocalDate.now() + "\"}")
                .when().post("/api/v1/applications/" + caseId + "/departure")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.of(Roles.SNM)).contentType("application/json")
                .body("{\"withdrawnOn\": \"" + LocalDate.now() + "\"}")
                .when().post("/api/v1/applications/" + caseId + "/withdrawal")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.of(Roles.SNM)).contentType("application/json")
                .body("{\"departureDate\": \"" + LocalDate.now().plusDays(3) + "\"}")
                .when().post("/api/v1/applications/" + caseId + "/departure")
                .then().statusCode(400).body("errors[0].field", equalTo("departureDate"));
        given().auth().oauth2(Tokens.of(Roles.SNM)).contentType("application/json")
                .body("{\"departureDate\": \"" + LocalDate.now() + "\"}")
                .when().post("/api/v1/applications/" + UUID.randomUUID() + "/departure")
                .then().statusCode(404);
    }
}
