package pa.gob.refugio.registration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.events.Topics;
import pa.gob.refugio.events.registration.ApplicationRegistered;
import pa.gob.refugio.events.registration.AsylumSeekerCertificateIssued;
import pa.gob.refugio.events.registration.RegistrationInterviewScheduled;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.EventLog;
import pa.gob.refugio.testing.RealInfrastructureResource;
import pa.gob.refugio.testing.Tokens;

@QuarkusTest
@WithTestResource(RealInfrastructureResource.class)
class AChildAloneIsRegisteredWithSenniafInformedAndInterviewServiceSetsTheDatesTest {

    static String children(String surname, String firstMark, String secondMark) {
        return """
                {"intakeSite": "BALBOA", "entryDate": "%s",
                 "members": [
                   {"role": "PRINCIPAL", "givenNames": "Valentina", "familyNames": "%s", "sex": "F",
                    "dateOfBirth": "%s", "nationalities": ["VEN"], "specificNeeds": ["CHILD_AT_RISK"]%s},
                   {"role": "CHILD", "givenNames": "Mateo", "familyNames": "%s", "sex": "M",
                    "dateOfBirth": "%s", "nationalities": ["VEN"]%s}
                 ]}""".formatted(LocalDate.now().minusDays(5), surname, LocalDate.now().minusYears(15), firstMark,
                surname, LocalDate.now().minusYears(11), secondMark);
    }

    @Test
    void aMinorWithNoLinkedAdultIsRefusedNamingTheMember() {
        String surname = Families.uniqueSurname();
        given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION)).contentType("application/json")
                .body(children(surname, ", \"childAlone\": \"UNACCOMPANIED\"", ""))
                .when().post("/api/v1/applications")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", endsWith("minor-without-responsible-adult"))
                .body("detail", containsString("members[1] (Mateo)"))
                .body("detail", containsString("UNACCOMPANIED or SEPARATED"))
                .body("errors[0].field", equalTo("members[1]"));
    }

    @Test
    void childrenMarkedAloneAreRegisteredWithPrioritySenniafIsInformedAndNoDateIsPromisedHere() {
        String surname = Families.uniqueSurname();
        JsonPath registered = Families.register(children(surname, ", \"childAlone\": \"UNACCOMPANIED\"",
                ", \"childAlone\": \"SEPARATED\""));
        UUID caseId = Families.caseId(registered);
        assertTrue(registered.getBoolean("application.priority"));
        assertEquals(List.of("UNACCOMPANIED", "SEPARATED"), registered.getList("application.members.childAlone"));
        assertEquals("interview-service", registered.getString("interviews.scheduledBy"));
        assertEquals("ONPAR Balboa", registered.getString("interviews.site"));
        assertEquals(null, (Object) registered.get("application.registrationInterview"));

        try (EventLog log = EventLog.of(Topics.REGISTRATION)) {
            ApplicationRegistered event = log.awaitOne(ApplicationRegistered.class, caseId);
            assertTrue(event.members().stream().allMatch(ApplicationRegistered.Member::unaccompaniedChild));
            assertTrue(event.members().get(0).specificNeeds());
            assertFalse(event.members().get(1).specificNeeds());
            assertFalse(event.members().stream().anyMatch(ApplicationRegistered.Member::adult));
            log.await(AsylumSeekerCertificateIssued.class, caseId, 2, Duration.ofSeconds(60)); // published last
            assertTrue(log.matching(RegistrationInterviewScheduled.class, e -> e.caseId().equals(caseId)).isEmpty(),
                    "one booking ledger: interview-service sets the dates");
        }

        JsonPath referrals = given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION))
                .when().get("/api/v1/applications/" + caseId + "/service-referrals")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("SENNIAF", "SENNIAF"), referrals.getList("service"));
        assertEquals(List.of("UNACCOMPANIED_OR_SEPARATED_CHILD", "UNACCOMPANIED_OR_SEPARATED_CHILD"),
                referrals.getList("reasonCode"));
        assertEquals(registered.getList("application.members.memberId"), referrals.getList("memberId"));
        assertTrue(referrals.getString("[0].consent.purpose").contains("SENNIAF informed"));
        assertEquals(List.of("PENDING", "PENDING"), referrals.getList("uptake"));

        given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION))
                .when().get("/api/v1/applications/" + caseId)
                .then().statusCode(200).body("registrationInterview", nullValue())
                .body("members[1].childAlone", equalTo("SEPARATED"));
    }
}
