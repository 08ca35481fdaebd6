package pa.gob.refugio.registration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.events.Topics;
import pa.gob.refugio.events.registration.StatelessnessReferralMade;
import pa.gob.refugio.events.registration.StatelessnessReferralStatusChanged;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.EventLog;
import pa.gob.refugio.testing.RealInfrastructureResource;
import pa.gob.refugio.testing.Tokens;

@QuarkusTest
@WithTestResource(RealInfrastructureResource.class)
class AStatelessnessReferralIsFollowedUntilMiresDecisionTest {

    private static final String REASON = "Nacida en tránsito, ningún Estado la reconoce como nacional";

    @Inject
    DataSource db;

    static ValidatableResponse post(String role, String path, String body) {
        return given().auth().oauth2(Tokens.of(role)).contentType("application/json").header("Accept-Language", "es")
                .body(body).when().post(path).then();
    }

    @Test
    void onparRefersAMemberMireAcknowledgesAndDecidesAndTheTimelineShowsEachStep() throws SQLException {
        JsonPath registered = Families.register(Families.family("ONPAR Balboa"));
        UUID caseId = Families.caseId(registered);
        UUID child = UUID.fromString(registered.getString("application.members[2].memberId"));
        LocalDate today = LocalDate.now();

        try (EventLog log = EventLog.of(Topics.REGISTRATION)) {
            String referralId = post(Roles.ONPAR_ELIGIBILITY, "/api/v1/applications/" + caseId + "/members/" + child
                    + "/statelessness-referrals", """
                    {"reason": "%s"}""".formatted(REASON))
                    .statusCode(201)
                    .body("status", equalTo("REFERRED"))
                    .body("referredByBody", equalTo("ONPAR"))
                    .body("reason", equalTo(REASON))
                    .extract().path("referralId");
            StatelessnessReferralMade made = log.awaitOne(StatelessnessReferralMade.class, caseId);
            assertEquals(child, made.memberId());
            assertFalse(log.records().stream().anyMatch(r -> r.value().contains("tránsito")),
                    "the reason never leaves registration-service");
            try (Connection c = db.getConnection();
                 PreparedStatement s = c.prepareStatement("select reason from statelessness_referral where id = ?")) {
                s.setObject(1, UUID.fromString(referralId));
                try (ResultSet rs = s.executeQuery()) {
                    assertTrue(rs.next());
                    assertFalse(rs.getString(1).contains("tránsito"), "the reason is encrypted at rest");
                }
            }
            post(Roles.CONARE, "/api/v1/applications/" + caseId + "/members/" + child + "/statelessness-referrals",
                    "{\"reason\": \"otra\"}").statusCode(409)
                    .body("type", containsString("statelessness-referral-open"));

            String referral = "/api/v1/statelessness-referrals/" + referralId;
            post(Roles.MIRE, referral + "/decision", """
                    {"outcome": "RECOGNISED_STATELESS", "decidedOn": "%s"}""".formatted(today))
                    .statusCode(409).body("title", equalTo("Transición no permitida"));
            post(Roles.SNM, referral + "/acknowledgement", """
                    {"acknowledgedOn": "%s"}""".formatted(today)).statusCode(403);
            post(Roles.MIRE, referral + "/acknowledgement", """
                    {"acknowledgedOn": "%s", "mireReference": "MIRE-DAJ-2026-17"}""".formatted(today))
                    .statusCode(200).body("status", equalTo("ACKNOWLEDGED"))
                    .body("mireReference", equalTo("MIRE-DAJ-2026-17"));
            post(Roles.ONPAR_REGISTRATION, referral + "/decision", """
                    {"outcome": "RECOGNISED_STATELESS", "decidedOn": "%s"}""".formatted(today))
                    .statusCode(200).body("status", equalTo("DECIDED"))
                    .body("outcome", equalTo("RECOGNISED_STATELESS"));
            List<StatelessnessReferralStatusChanged> changes =
                    log.await(StatelessnessReferralStatusChanged.class, caseId, 2, java.time.Duration.ofSeconds(60));
            assertEquals(StatelessnessReferralStatusChanged.Status.DECIDED, changes.get(1).status());

            given().auth().oauth2(Tokens.of(Roles.MIRE)).when().get("/api/v1/applications/" + caseId
                    + "/statelessness-referrals").then().statusCode(200).body("[0].status", equalTo("DECIDED"));

            JsonPath status = CaseStatusShowsTheTimelineFromEveryServiceTest.statusWhen(caseId,
                    s -> s.getList("timeline.type").contains("StatelessnessReferralStatusChanged"));
            assertTrue(status.getList("timeline.type").contains("StatelessnessReferralMade"), status.prettify());
            assertFalse(status.prettify().contains("tránsito"), "no reason on the timeline");
        }
    }
}
