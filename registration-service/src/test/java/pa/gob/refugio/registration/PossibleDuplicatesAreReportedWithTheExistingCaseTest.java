package pa.gob.refugio.registration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.RealInfrastructureResource;
import pa.gob.refugio.testing.Tokens;

@QuarkusTest
@WithTestResource(RealInfrastructureResource.class)
class PossibleDuplicatesAreReportedWithTheExistingCaseTest {

    static String person(String given, String family, String dob, String passport) {
        return """
                {"intakeSite": "ONPAR Balboa", "entryDate": "%s",
                 "members": [{"role": "PRINCIPAL", "givenNames": "%s", "familyNames": "%s", "sex": "M",
                   "gender": "man", "dateOfBirth": "%s", "nationalities": ["NIC"], "languages": ["es", "en"],
                   "specificNeeds": ["SURVIVOR_OF_VIOLENCE", "MENTAL_HEALTH"],
                   "identityDocument": {"type": "PASSPORT", "number": "%s", "issuingCountry": "NIC"}}]}"""
                .formatted(LocalDate.now().minusDays(10), given, family, dob, passport);
    }

    @Test
    void samePassportIsReportedWithTheExistingCaseNumberNeverCreatedTwice() {
        String surname = Families.uniqueSurname();
        String passport = "C" + Math.abs(surname.hashCode());
        JsonPath first = Families.register(person("José", surname, "1980-06-01", passport));
        String caseNumber = first.getString("application.caseNumber");
        org.junit.jupiter.api.Assertions.assertEquals(passport, first.getString("application.members[0].identityDocument.number"));

        // Another name and birth date, same passport written differently: still the same document.
        given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION)).contentType("application/json")
                .body(person("Pedro", Families.uniqueSurname(), "1979-01-01", passport.toLowerCase().replaceFirst("c", "c-")))
                .when().post("/api/v1/applications")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", containsString("possible-duplicate"))
                .body("detail", containsString(caseNumber))
                .body("existingCases", hasSize(1))
                .body("existingCases[0].caseNumber", equalTo(caseNumber))
                .body("existingCases[0].matches[0].matchedOn", equalTo("IDENTITY_DOCUMENT"))
                .body("existingCases[0].matches[0].memberIndex", equalTo(0));
    }

    @Test
    void sameNamesBirthDateAndNationalityMatchDespiteAccentsAndCase() {
        String surname = Families.uniqueSurname();
        Families.register(person("José Ángel", surname + " Núñez", "1975-03-03", "A1" + Math.abs(surname.hashCode())));
        given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION)).contentType("application/json")
                .body(person("JOSE ANGEL", surname.toUpperCase() + " NUNEZ", "1975-03-03", "B9" + Math.abs(surname.hashCode())))
                .when().post("/api/v1/applications")
                .then().statusCode(409)
                .body("existingCases[0].matches.matchedOn", hasItem("NAMES_BIRTH_NATIONALITY"));
    }

    @Test
    void officerMayConfirmItIsADifferentPerson() {
        String surname = Families.uniqueSurname();
        String body = person("Carlos", surname, "1991-09-09", "P" + Math.abs(surname.hashCode()));
        String existing = Families.register(body).getString("application.caseNumber");
        String confirmed = body.replaceFirst("\\{\"intakeSite\"", "{\"confirmNotDuplicate\": true, \"intakeSite\"");
        JsonPath second = Families.register(confirmed);
        given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION)).contentType("application/json")
                .body(person("Carlos", surname, "1991-09-09", "Z" + Math.abs(surname.hashCode())))
                .when().post("/api/v1/applications")
                .then().statusCode(409).body("existingCases", hasSize(2));
        org.junit.jupiter.api.Assertions.assertEquals(existing, second.getString("confirmedNotDuplicates[0].caseNumber"));
    }

    @Test
    void perPersonFactsAreRecordedAndReadBack() {
        String surname = Families.uniqueSurname();
        JsonPath registered = Families.register(person("Mario", surname, "1985-05-05", "N" + Math.abs(surname.hashCode())));
        given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION))
                .when().get("/api/v1/applications/" + Families.caseId(registered))
                .then().statusCode(200)
                .body("members[0].gender", equalTo("man"))
                .body("members[0].languages", hasItem("en"))
                .body("members[0].specificNeeds", hasItem("MENTAL_HEALTH"))
                .body("members[0].identityDocument.type", equalTo("PASSPORT"))
                .body("members[0].identityDocument.issuingCountry", equalTo("NIC"));
    }

    @Test
    void unaccompaniedChildIsFlaggedAndTheCasePrioritised() {
        String surname = Families.uniqueSurname();
        String body = """
                {"intakeSite": "LOS_PLANES", "entryDate": "%s",
                 "rightsAndObligationsBriefing": {"language": "fr", "officer": "officer-17"},
                 "members": [{"role": "PRINCIPAL", "givenNames": "Jean", "familyNames": "%s", "sex": "M",
                   "dateOfBirth": "%s", "nationalities": ["HTI"], "languages": ["fr", "ht"],
                   "unaccompaniedOrSeparated": true}]}"""
                .formatted(LocalDate.now().minusDays(3), surname, LocalDate.now().minusYears(15));
        JsonPath registered = Families.register(body);
        org.junit.jupiter.api.Assertions.assertTrue(registered.getBoolean("application.priority"));
        org.junit.jupiter.api.Assertions.assertTrue(registered.getBoolean("application.members[0].unaccompaniedChild"));
        org.junit.jupiter.api.Assertions.assertEquals("fr", registered.getString("application.briefing.language"));
        org.junit.jupiter.api.Assertions.assertEquals("officer-17", registered.getString("application.briefing.officer"));
        org.junit.jupiter.api.Assertions.assertEquals("Los Planes", registered.getString("application.intakeSite"));
    }

    @Test
    void anUnknownSpecificNeedIsABadRequestNamingTheField() {
        String body = person("Ana", Families.uniqueSurname(), "1990-01-01", "X1")
                .replace("\"MENTAL_HEALTH\"", "\"HUNGRY\"");
        given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION)).contentType("application/json").body(body)
                .when().post("/api/v1/applications")
                .then().statusCode(400).body("errors[0].field", containsString("specificNeeds"));
    }
}
