package pa.gob.refugio.registration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.events.Topics;
import pa.gob.refugio.events.registration.ApplicationRegistered;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.EventLog;
import pa.gob.refugio.testing.RealInfrastructureResource;
import pa.gob.refugio.testing.Tokens;

@QuarkusTest
@WithTestResource(RealInfrastructureResource.class)
class RegisteringAFamilyPublishesApplicationRegisteredTest {

    /** A family of three; each call is a different family (names made unique), so it is never a duplicate. */
    static String family(LocalDate entry) {
        String f = Families.uniqueSurname();
        return """
                {"intakeSite": "ONPAR Balboa", "entryDate": "%s",
                 "members": [
                   {"role": "PRINCIPAL", "givenNames": "Ana María", "familyNames": "Pérez Rojas %s", "sex": "F",
                    "dateOfBirth": "1988-03-14", "nationalities": ["VEN"]},
                   {"role": "SPOUSE_OR_PARTNER", "givenNames": "Luis", "familyNames": "Rojas %s", "sex": "M",
                    "dateOfBirth": "1986-07-02", "nationalities": ["VEN", "COL"]},
                   {"role": "CHILD", "givenNames": "Sofía", "familyNames": "Rojas Pérez %s", "sex": "F",
                    "dateOfBirth": "2015-05-20", "nationalities": ["VEN"], "responsibleAdult": 0}
                 ]}""".formatted(entry, f, f, f);
    }

    @Test
    void registeredFamilyTravelsAsOneEventKeyedByCaseWithoutNames() {
        String caseId = given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION))
                .contentType("application/json").body(family(LocalDate.now().minusDays(20)))
                .when().post("/api/v1/applications")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/applications/"))
                .body("application.caseNumber", containsString("ONPAR-"))
                .body("application.outOfTime", equalTo(false))
                .body("application.members[2].responsibleMemberId", notNullValue())
                .body("filingDeadline.name", equalTo("filing"))
                .extract().path("application.caseId");

        try (EventLog log = EventLog.of(Topics.REGISTRATION)) {
            ApplicationRegistered event = log.awaitOne(ApplicationRegistered.class, UUID.fromString(caseId));
            assertEquals(3, event.members().size());
            assertEquals(2, event.members().stream().filter(ApplicationRegistered.Member::adult).count());
            ConsumerRecord<String, String> record = log.records().stream()
                    .filter(r -> caseId.equals(r.key())).findFirst().orElseThrow();
            assertEquals("pa.gob.refugio.ApplicationRegistered.v1", EventLog.header(record, "ce_type"));
            assertEquals("1.0", EventLog.header(record, "ce_specversion"));
            assertEquals(event.eventId().toString(), EventLog.header(record, "ce_id"));
            assertFalse(record.value().contains("Pérez"), "events carry no names");
        }

        given().auth().oauth2(Tokens.of(Roles.ONPAR_ELIGIBILITY))
                .when().get("/api/v1/applications/" + caseId)
                .then().statusCode(200).body("members.givenNames", hasItem("Sofía"));
    }

    @Test
    void lateApplicationNeedsAJustificationAndIsFlaggedOutOfTime() {
        String late = family(LocalDate.now().minusYears(1));
        given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION))
                .contentType("application/json").body(late)
                .when().post("/api/v1/applications")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", containsString("late-filing-needs-justification"))
                .body("deadline.lastDay", notNullValue())
                .body("deadline.explanation", notNullValue());

        String justified = late.replaceFirst("\\{\"intakeSite\"",
                "{\"lateFilingJustification\": \"Hospitalised in Darién for four months\", \"intakeSite\"");
        given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION))
                .contentType("application/json").body(justified)
                .when().post("/api/v1/applications")
                .then().statusCode(201)
                .body("application.outOfTime", equalTo(true));
    }

    @Test
    void invalidInputIsAProblemNamingTheField() {
        given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION))
                .contentType("application/json")
                .body("{\"intakeSite\": \"\", \"entryDate\": \"2026-01-10\", \"members\": []}")
                .when().post("/api/v1/applications")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("intakeSite"))
                .body("errors.field", hasItem("members"));
    }

    @Test
    void malformedJsonIsABadRequestNotAServerError() {
        given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION))
                .contentType("application/json").body("{\"intakeSite\": ")
                .when().post("/api/v1/applications")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("title", notNullValue())
                .body(org.hamcrest.Matchers.not(containsString("Exception")));

        given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION))
                .contentType("application/json").body("{\"entryDate\": \"yesterday\"}")
                .when().post("/api/v1/applications")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("entryDate"));
    }

    @Test
    void callersWithoutTheRightTokenAreRefused() {
        given().contentType("application/json").body(family(LocalDate.now()))
                .when().post("/api/v1/applications")
                .then().statusCode(401).contentType("application/problem+json");

        given().auth().oauth2("not-a-token").contentType("application/json").body(family(LocalDate.now()))
                .when().post("/api/v1/applications")
                .then().statusCode(401).contentType("application/problem+json");

        given().auth().oauth2(Tokens.of(Roles.PARTNER_NGO)).contentType("application/json")
                .body(family(LocalDate.now()))
                .when().post("/api/v1/applications")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void unknownCaseIsNotFound() {
        given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION))
                .when().get("/api/v1/applications/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION))
                .when().get("/api/v1/applications/not-a-uuid")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void healthAndOpenApiAreServed() {
        given().when().get("/q/health/ready").then().statusCode(200);
        String openapi = given().when().get("/q/openapi").then().statusCode(200).extract().asString();
        assertTrue(openapi.contains("/api/v1/applications"));
    }
}
