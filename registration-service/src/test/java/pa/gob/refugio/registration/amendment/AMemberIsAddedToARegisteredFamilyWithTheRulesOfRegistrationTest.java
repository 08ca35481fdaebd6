package pa.gob.refugio.registration.amendment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.events.Topics;
import pa.gob.refugio.events.registration.ApplicationRegistered.FamilyRole;
import pa.gob.refugio.events.registration.MemberAdded;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.EventLog;
import pa.gob.refugio.testing.RealInfrastructureResource;
import pa.gob.refugio.testing.Tokens;

@QuarkusTest
@WithTestResource(RealInfrastructureResource.class)
class AMemberIsAddedToARegisteredFamilyWithTheRulesOfRegistrationTest {

    private static io.restassured.response.ValidatableResponse add(String caseId, String body) {
        return given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION)).contentType("application/json")
                .header("Accept-Language", "es").body(body)
                .when().post("/api/v1/applications/" + caseId + "/members").then();
    }

    @Test
    void aNewbornLinkedToAnAdultJoinsTheFamilyWithACertificateAndOnlyOnce() {
        String surname = AMisspeltNameIsCorrectedAndEveryVersionIsKeptTest.unique();
        JsonPath registered = AMisspeltNameIsCorrectedAndEveryVersionIsKeptTest.register(surname);
        String caseId = registered.getString("application.caseId");
        String principal = registered.getString("application.members[0].memberId");
        String newborn = """
                {"role": "CHILD", "givenNames": "Sol", "familyNames": "%s", "sex": "F",
                 "dateOfBirth": "%s", "nationalities": ["PAN"], %s "reasonCode": "BIRTH"}""";
        LocalDate born = LocalDate.now().minusDays(3);

        add(caseId, newborn.formatted(surname, born, "")).statusCode(422)
                .body("type", endsWith("minor-without-responsible-adult"))
                .body("title", equalTo("Un menor sin adulto responsable"));
        add(caseId, newborn.formatted(surname, born, "\"responsibleMemberId\": \""
                + registered.getString("application.members[1].memberId") + "\",")).statusCode(422)
                .body("type", endsWith("invalid-family"));
        String memberId = add(caseId, newborn.formatted(surname, born, "\"responsibleMemberId\": \"" + principal
                + "\",")).statusCode(201)
                .body("certificate.number", notNullValue())
                .body("application.members.size()", equalTo(3))
                .body("application.members[2].responsibleMemberId", equalTo(principal))
                .extract().path("memberId");
        // the same person again: refused, whatever the officer confirms
        add(caseId, newborn.formatted(surname, born, "\"responsibleMemberId\": \"" + principal
                + "\", \"confirmNotDuplicate\": true,")).statusCode(409)
                .body("type", endsWith("member-already-exists"));
        // a second principal: refused
        add(caseId, """
                {"role": "PRINCIPAL", "givenNames": "Otro", "familyNames": "%s", "sex": "M",
                 "dateOfBirth": "1970-01-01", "nationalities": ["VEN"], "reasonCode": "FAMILY_REUNIFICATION"}"""
                .formatted(surname)).statusCode(422).body("type", endsWith("invalid-family"));

        try (EventLog log = EventLog.of(Topics.REGISTRATION)) {
            MemberAdded event = log.awaitOne(MemberAdded.class, UUID.fromString(caseId));
            assertEquals(UUID.fromString(memberId), event.memberId());
            assertEquals(FamilyRole.CHILD, event.role());
            assertFalse(event.adult());
            assertEquals(UUID.fromString(principal), event.responsibleMemberId());
            assertEquals(MemberAdded.Reason.BIRTH, event.reasonCode());
        }
        given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION))
                .when().get("/api/v1/applications/" + caseId + "/members/" + memberId + "/versions")
                .then().statusCode(200).body("versions[0].change", equalTo("ADDED"))
                .body("versions[0].reasonCode", equalTo("BIRTH"));
    }

    @Test
    void noMemberJoinsAnEndedCase() {
        String surname = AMisspeltNameIsCorrectedAndEveryVersionIsKeptTest.unique();
        String caseId = AMisspeltNameIsCorrectedAndEveryVersionIsKeptTest.register(surname)
                .getString("application.caseId");
        given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION)).contentType("application/json")
                .body("{\"withdrawnOn\": \"" + LocalDate.now() + "\"}")
                .when().post("/api/v1/applications/" + caseId + "/withdrawal").then().statusCode(200);
        add(caseId, """
                {"role": "SPOUSE_OR_PARTNER", "givenNames": "Ana", "familyNames": "%s", "sex": "F",
                 "dateOfBirth": "1985-01-01", "nationalities": ["VEN"], "reasonCode": "FAMILY_REUNIFICATION"}"""
                .formatted(surname)).statusCode(409).body("type", endsWith("case-ended"))
                .body("title", equalTo("El caso ha terminado"));
    }
}
