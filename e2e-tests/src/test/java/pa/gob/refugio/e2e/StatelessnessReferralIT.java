package pa.gob.refugio.e2e;

import static org.hamcrest.Matchers.equalTo;
import static pa.gob.refugio.e2e.RunningStack.as;
import static pa.gob.refugio.e2e.RunningStack.eventually;

import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.security.Roles;

/**
 * A statelessness referral over the packaged services: CONARE refers a member to MIRE, MIRE acknowledges and decides,
 * and each step shows in the case status.
 */
class StatelessnessReferralIT {

    @Test
    void conareRefersAMemberAndMiresStepsShowInTheCaseStatus() {
        JsonPath registered = Procedure.register(1, 1, LocalDate.now().minusDays(20), null);
        UUID caseId = UUID.fromString(registered.getString("application.caseId"));
        String child = registered.getString("application.members[1].memberId");

        String referralId = as(Roles.CONARE, Procedure.REGISTRATION)
                .body(Map.of("reason", "Sin nacionalidad reconocida por ningún Estado"))
                .post("/api/v1/applications/" + caseId + "/members/" + child + "/statelessness-referrals")
                .then().statusCode(201).body("referredByBody", equalTo("CONARE")).extract().path("referralId");
        String referral = "/api/v1/statelessness-referrals/" + referralId;
        as(Roles.MIRE, Procedure.REGISTRATION).body(Map.of("acknowledgedOn", LocalDate.now().toString(),
                        "mireReference", "MIRE-2026-001"))
                .post(referral + "/acknowledgement").then().statusCode(200).body("status", equalTo("ACKNOWLEDGED"));
        as(Roles.MIRE, Procedure.REGISTRATION).body(Map.of("outcome", "NOT_RECOGNISED",
                        "decidedOn", LocalDate.now().toString()))
                .post(referral + "/decision").then().statusCode(200).body("outcome", equalTo("NOT_RECOGNISED"));
        as(Roles.MIRE, Procedure.REGISTRATION).body(Map.of("acknowledgedOn", LocalDate.now().toString()))
                .post(referral + "/acknowledgement").then().statusCode(409);

        eventually(() -> as(Roles.ONPAR_REGISTRATION, Procedure.REGISTRATION)
                        .get("/api/v1/applications/" + caseId + "/status"),
                r -> r.statusCode() == 200 && r.jsonPath().getList("timeline.type")
                        .contains("StatelessnessReferralStatusChanged"));
    }
}
