package pa.gob.refugio.appeals;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.appeals.challenge.LapseJob;
import pa.gob.refugio.events.Topics;
import pa.gob.refugio.events.appeals.ChallengeWindowLapsed;
import pa.gob.refugio.events.appeals.ChallengeWindowReinstated;
import pa.gob.refugio.events.appeals.ReconsiderationFiled;
import pa.gob.refugio.events.appeals.ReconsiderationWindowOpened;
import pa.gob.refugio.events.decision.ResolutionNotified.ResolutionKind;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.EventLog;
import pa.gob.refugio.testing.RealInfrastructureResource;
import pa.gob.refugio.testing.Tokens;

/**
 * Issue 8, item 2 in appeals-service: a paper filing received in time is accepted after the lapse (with a second
 * officer, as its receipt is dated far back) and undoes the lapse; a supervisor reinstates a window that lapsed in
 * error; a back-dated decision waits for another member.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "appeals"))
class LegalDatesOneOfficerCannotTurnAgainstAPersonTest {

    /** Notified Monday 2 February 2026: the reconsideration window's last day is Monday 9 February. */
    static final LocalDate NOTIFIED = LocalDate.of(2026, 2, 2);

    @Inject
    LapseJob lapseJob;

    record Lapsed(UUID caseId, UUID decisionId, String windowId) {
    }

    private Lapsed lapsedWindow() {
        UUID caseId = UUID.randomUUID();
        UUID decisionId = UUID.randomUUID();
        try (EventLog log = EventLog.of(Topics.APPEALS)) {
            Publish.event(Publish.notified(caseId, decisionId, ResolutionKind.REJECTED, NOTIFIED));
            log.awaitOne(ReconsiderationWindowOpened.class, caseId);
            lapseJob.lapseOverdueWindows();
            log.awaitOne(ChallengeWindowLapsed.class, caseId);
        }
        String windowId = challenges(caseId).then().statusCode(200)
                .body("windows[0].status", equalTo("LAPSED")).extract().path("windows[0].windowId");
        return new Lapsed(caseId, decisionId, windowId);
    }

    private static Response challenges(UUID caseId) {
        return given().auth().oauth2(Tokens.of(Roles.ONPAR_ELIGIBILITY))
                .when().get("/api/v1/cases/" + caseId + "/challenges");
    }

    private static Response post(String path, String token, String body) {
        return given().auth().oauth2(token).contentType("application/json").body(body).when().post(path);
    }

    @Test
    void aPaperFilingReceivedInTimeAndKeyedInAfterTheLapseIsAcceptedOnceASecondOfficerConfirms() {
        Lapsed l = lapsedWindow();
        String path = "/api/v1/cases/" + l.caseId() + "/reconsiderations";
        String officer = Tokens.of(Roles.ONPAR_REGISTRATION);

        post(path, officer, """
                {"decisionId": "%s", "grounds": "Sin recibo", "filedOn": "%s"}""".formatted(l.decisionId(),
                LocalDate.of(2026, 2, 9))).then().statusCode(409);
        post(path, officer, """
                {"decisionId": "%s", "grounds": "Tarde", "paperReceipt": {"reference": "ONPAR-REC-2026-0417",
                 "receivedOn": "2026-02-10"}}""".formatted(l.decisionId()))
                .then().statusCode(422).body("type", containsString("deadline-missed"));

        String entry = post(path, officer, """
                {"decisionId": "%s", "grounds": "Nuevas pruebas", "paperReceipt": {"reference": "ONPAR-REC-2026-0415",
                 "receivedOn": "2026-02-09"}}""".formatted(l.decisionId()))
                .then().statusCode(202)
                .body("kind", equalTo("RECONSIDERATION_FILING"))
                .body("legalDate", equalTo("2026-02-09"))
                .body("status", equalTo("AWAITING_CONFIRMATION"))
                .extract().path("entryId");
        challenges(l.caseId()).then().body("windows[0].status", equalTo("LAPSED")).body("reconsiderations", hasSize(0));

        String confirmation = "/api/v1/back-dated-entries/" + entry + "/confirmation";
        post(confirmation, officer, "").then().statusCode(403).body("type", containsString("second-officer-needed"));
        post(confirmation, Tokens.of(Roles.CONARE), "").then().statusCode(403);
        try (EventLog log = EventLog.of(Topics.APPEALS)) {
            String reconsiderationId = post(confirmation, SecondOfficer.token(Roles.ONPAR_ELIGIBILITY), "")
                    .then().statusCode(200).body("status", equalTo("CONFIRMED")).body("targetId", notNullValue())
                    .extract().path("targetId");
            ChallengeWindowReinstated reinstated = log.awaitOne(ChallengeWindowReinstated.class, l.caseId());
            assertEquals(ChallengeWindowReinstated.Cause.PAPER_FILING, reinstated.cause());
            assertEquals(l.decisionId(), reinstated.decisionId());
            ReconsiderationFiled filed = log.awaitOne(ReconsiderationFiled.class, l.caseId());
            assertEquals(UUID.fromString(reconsiderationId), filed.reconsiderationId());
            assertEquals(LocalDate.of(2026, 2, 9), filed.filedOn());
            assertTrue(log.records().stream().filter(r -> l.caseId().toString().equals(r.key()))
                    .noneMatch(r -> r.value().contains("ONPAR-REC-2026-0415")), "the receipt stays here");
        }
        challenges(l.caseId()).then().body("windows[0].status", equalTo("USED"))
                .body("reconsiderations[0].filedOn", equalTo("2026-02-09"));
        given().auth().oauth2(Tokens.of(Roles.CONARE)).when().get("/api/v1/legal-dates?caseId=" + l.caseId())
                .then().statusCode(200)
                .body("paperReceipts[0].reference", equalTo("ONPAR-REC-2026-0415"))
                .body("paperReceipts[0].undidLapse", equalTo(true))
                .body("reinstatements[0].cause", equalTo("PAPER_FILING"))
                .body("backDatedEntries[0].status", equalTo("CONFIRMED"));
    }

    @Test
    void aSupervisorReinstatesAWindowThatLapsedInErrorWithItsLegalGround() {
        Lapsed l = lapsedWindow();
        String reinstatement = "/api/v1/windows/" + l.windowId() + "/reinstatement";
        String body = "{\"legalGround\": \"La notificación se entregó en una dirección equivocada (art. 95)\"}";
        post(reinstatement, Tokens.of(Roles.ONPAR_ELIGIBILITY), body).then().statusCode(403);
        try (EventLog log = EventLog.of(Topics.APPEALS)) {
            post(reinstatement, Tokens.of(Roles.ONPAR_SUPERVISOR), body).then().statusCode(200)
                    .body("status", equalTo("OPEN"))
                    .body("deadline.triggeredOn", equalTo(Publish.today().toString()));
            ChallengeWindowReinstated reinstated = log.awaitOne(ChallengeWindowReinstated.class, l.caseId());
            assertEquals(ChallengeWindowReinstated.Cause.SUPERVISOR, reinstated.cause());
            assertEquals(LocalDate.of(2026, 2, 9), reinstated.previousLastDay());
            assertTrue(reinstated.lastDay().isAfter(Publish.today()));
        }
        post(reinstatement, Tokens.of(Roles.ONPAR_SUPERVISOR), body).then().statusCode(409);
        post("/api/v1/cases/" + l.caseId() + "/reconsiderations", Tokens.of(Roles.ONPAR_REGISTRATION),
                "{\"decisionId\": \"" + l.decisionId() + "\", \"grounds\": \"Presentada en plazo reabierto\"}")
                .then().statusCode(201);
        lapseJob.lapseOverdueWindows();
        challenges(l.caseId()).then().body("windows[0].status", equalTo("USED"));
        given().auth().oauth2(Tokens.of(Roles.ONPAR_SUPERVISOR)).when().get("/api/v1/legal-dates?caseId=" + l.caseId())
                .then().statusCode(200)
                .body("reinstatements[0].cause", equalTo("SUPERVISOR"))
                .body("reinstatements[0].legalGround", containsString("dirección equivocada"));
    }

    @Test
    void aBackDatedDecisionOfConareWaitsForAnotherMember() {
        UUID caseId = UUID.randomUUID();
        UUID decisionId = UUID.randomUUID();
        try (EventLog log = EventLog.of(Topics.APPEALS)) {
            Publish.event(Publish.notified(caseId, decisionId, ResolutionKind.REJECTED,
                    Publish.today().minusDays(30)));
            log.awaitOne(ReconsiderationWindowOpened.class, caseId);
        }
        String reconsiderationId = SecondOfficer.confirmIfHeld(post("/api/v1/cases/" + caseId + "/reconsiderations",
                Tokens.of(Roles.ONPAR_REGISTRATION), "{\"decisionId\": \"" + decisionId + "\", \"grounds\": \"x\", "
                        + "\"filedOn\": \"" + Publish.today().minusDays(29) + "\"}"), Roles.ONPAR_REGISTRATION)
                .then().statusCode(200).extract().path("targetId");
        String decision = "/api/v1/reconsiderations/" + reconsiderationId + "/decision";
        String entry = post(decision, Tokens.of(Roles.CONARE), """
                {"outcome": "CONFIRMED", "reasons": "Sin hechos nuevos", "decidedOn": "%s"}"""
                .formatted(Publish.today().minusDays(20)))
                .then().statusCode(202).body("kind", equalTo("RECONSIDERATION_DECISION")).extract().path("entryId");
        challenges(caseId).then().body("reconsiderations[0].status", equalTo("FILED"));
        post("/api/v1/back-dated-entries/" + entry + "/confirmation", Tokens.of(Roles.ONPAR_SUPERVISOR), "")
                .then().statusCode(403);
        post("/api/v1/back-dated-entries/" + entry + "/confirmation", SecondOfficer.token(Roles.CONARE), "")
                .then().statusCode(200);
        challenges(caseId).then().body("reconsiderations[0].status", equalTo("CONFIRMED"));
    }
}
