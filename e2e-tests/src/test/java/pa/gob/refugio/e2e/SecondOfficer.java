package pa.gob.refugio.e2e;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import pa.gob.refugio.security.Roles;

/**
 * Four eyes over HTTP: a second person of a role (another token subject than {@link RunningStack#as}), who confirms
 * what one officer recorded back-dated (202, held with no effect).
 */
final class SecondOfficer {

    /** A request to {@code service} as another person of {@code role} than {@code RunningStack.as(role, ...)}. */
    static RequestSpecification as(String role, String service) {
        String token = RunningStack.get().signingKey().minter().mint("e2e-second-" + role, role,
                Roles.institutionOf(role), Duration.ofHours(1));
        return given().baseUri(RunningStack.get().baseUrl(service)).auth().oauth2(token)
                .contentType("application/json");
    }

    /** The held entry of a 202 answer, confirmed by a second {@code role}; the confirmation's answer. */
    static Response confirm(Response held, String role, String service) {
        if (held.statusCode() != 202) {
            throw new AssertionError("expected the entry to be held (202): " + held.statusCode() + " " + held.asString());
        }
        Response confirmed = as(role, service)
                .post("/api/v1/back-dated-entries/" + held.jsonPath().getString("entryId") + "/confirmation");
        if (confirmed.statusCode() != 200) {
            throw new AssertionError("confirmation failed: " + confirmed.statusCode() + " " + confirmed.asString());
        }
        return confirmed;
    }

    /** CONARE's rejection signed long ago, confirmed by a second member of CONARE; its decision id. */
    static String rejectBackDated(java.util.UUID caseId, java.time.LocalDate decidedOn) {
        Response held = RunningStack.eventually(() -> RunningStack.as(Roles.CONARE, Procedure.DECISION)
                        .body(java.util.Map.of("outcome", "REJECTED", "decidedOn", decidedOn.toString(),
                                "reasons", "No se acreditan los elementos de la definición"))
                        .post("/api/v1/cases/" + caseId + "/eligibility"),
                r -> r.statusCode() != 409 && r.statusCode() != 404);
        return confirm(held, Roles.CONARE, Procedure.DECISION).jsonPath().getString("decisionId");
    }

    /** A notification recorded long after it happened, confirmed by a second ONPAR officer. */
    static void notifyBackDated(String decisionId, java.time.LocalDate notifiedOn) {
        Response held = RunningStack.as(Roles.ONPAR_ELIGIBILITY, Procedure.DECISION)
                .body(java.util.Map.of("notifiedOn", notifiedOn.toString(), "channel", "IN_PERSON",
                        "acknowledged", true))
                .post("/api/v1/decisions/" + decisionId + "/notification");
        confirm(held, Roles.ONPAR_ELIGIBILITY, Procedure.DECISION);
    }

    private SecondOfficer() {
    }
}
