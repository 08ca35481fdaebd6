package pa.gob.refugio.registration;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.Tokens;

/** Test families: every call is a different family, so the duplicate check does not refuse it. */
final class Families {

    private Families() {
    }

    /** A made-up surname of letters only (names are compared without digits or accents). */
    static String uniqueSurname() {
        StringBuilder sb = new StringBuilder("Q");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 9; i++) {
            sb.append((char) ('a' + random.nextInt(26)));
        }
        return sb.toString();
    }

    /** Two adults and a child, at {@code site}, entered 20 days ago. */
    static String family(String site) {
        String f = uniqueSurname();
        return """
                {"intakeSite": "%s", "entryDate": "%s", "placeOfEntry": "Puerto Obaldía",
                 "rightsAndObligationsBriefing": {"language": "es"},
                 "members": [
                   {"role": "PRINCIPAL", "givenNames": "Marta", "familyNames": "%s", "sex": "F",
                    "dateOfBirth": "1990-01-02", "nationalities": ["COL"], "languages": ["es"]},
                   {"role": "SPOUSE_OR_PARTNER", "givenNames": "Jorge", "familyNames": "%s", "sex": "M",
                    "dateOfBirth": "1989-02-03", "nationalities": ["COL"]},
                   {"role": "CHILD", "givenNames": "Lucía", "familyNames": "%s", "sex": "F",
                    "dateOfBirth": "2016-04-05", "nationalities": ["COL"], "responsibleAdult": 0}
                 ]}""".formatted(site, LocalDate.now().minusDays(20), f, f, f);
    }

    /** Registers a family and returns the registration response. */
    static JsonPath register(String body) {
        return given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION))
                .contentType("application/json").body(body)
                .when().post("/api/v1/applications")
                .then().statusCode(201).extract().jsonPath();
    }

    static UUID caseId(JsonPath registered) {
        return UUID.fromString(registered.getString("application.caseId"));
    }
}
