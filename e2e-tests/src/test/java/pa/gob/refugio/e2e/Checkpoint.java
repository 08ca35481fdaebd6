package pa.gob.refugio.e2e;

import static pa.gob.refugio.e2e.Procedure.DOCUMENTS;
import static pa.gob.refugio.e2e.RunningStack.anonymous;
import static pa.gob.refugio.e2e.RunningStack.as;

import io.restassured.response.ValidatableResponse;
import pa.gob.refugio.security.Roles;

/** A checkpoint scanning a document's QR code: the token SNM prints, verified anonymously (issue 11). */
final class Checkpoint {

    private Checkpoint() {
    }

    static String tokenOf(String documentNumber) {
        return as(Roles.SNM, DOCUMENTS).get("/api/v1/documents/" + documentNumber + "/verification-token")
                .then().statusCode(200).extract().path("token");
    }

    /** 200 {@code {"valid": ...}} for the document's QR token. */
    static ValidatableResponse scan(String documentNumber) {
        return anonymous(DOCUMENTS).get("/api/v1/verification/" + tokenOf(documentNumber)).then().statusCode(200);
    }
}
