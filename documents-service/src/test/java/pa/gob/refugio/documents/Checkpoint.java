package pa.gob.refugio.documents;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.ValidatableResponse;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.Tokens;

/** A checkpoint scanning a document's QR code: SNM prints the token, anybody verifies it without a token. */
final class Checkpoint {

    private Checkpoint() {
    }

    /** The token SNM prints in the QR code of the document with this number. */
    static String tokenOf(String documentNumber) {
        return given().auth().oauth2(Tokens.of(Roles.SNM))
                .when().get("/api/v1/documents/" + documentNumber + "/verification-token")
                .then().statusCode(200).extract().path("token");
    }

    /** The public answer for the document's token (200 whatever it says). */
    static ValidatableResponse scan(String documentNumber) {
        return given().when().get("/api/v1/verification/" + tokenOf(documentNumber)).then().statusCode(200);
    }

    static ValidatableResponse assertValid(String documentNumber) {
        return scan(documentNumber).body("valid", equalTo(true));
    }

    /** {@code {"valid": false}} and nothing else: revoked, superseded and expired look alike (and like a forgery). */
    static void assertNotValid(String documentNumber) {
        scan(documentNumber).body("valid", equalTo(false)).body("$", aMapWithSize(1));
    }
}
