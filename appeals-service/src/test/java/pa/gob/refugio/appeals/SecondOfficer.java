package pa.gob.refugio.appeals;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.response.Response;
import pa.gob.refugio.testing.Tokens;

/** Four eyes in tests: another person of the same role confirms what one officer recorded back-dated. */
public final class SecondOfficer {

    /** A token of {@code role} for another person than {@code Tokens.of(role)}. */
    public static String token(String role) {
        return Tokens.of(role, "SECOND");
    }

    /**
     * The entry held by a 202 answer, confirmed by a second officer of {@code role}: the confirmation's answer (200,
     * status CONFIRMED). Any other answer is returned as it is.
     */
    public static Response confirmIfHeld(Response answer, String role) {
        if (answer.statusCode() != 202) {
            return answer;
        }
        Response confirmed = given().auth().oauth2(token(role)).contentType("application/json")
                .when().post("/api/v1/back-dated-entries/" + answer.path("entryId") + "/confirmation");
        assertEquals(200, confirmed.statusCode(), confirmed.asString());
        assertEquals("CONFIRMED", confirmed.path("status"));
        return confirmed;
    }

    private SecondOfficer() {
    }
}
