package pa.gob.refugio.decision;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.decision.Fixture.Family;
import pa.gob.refugio.events.Topics;
import pa.gob.refugio.events.appeals.ChallengeWindowLapsed;
import pa.gob.refugio.events.appeals.ChallengeWindowLapsed.Window;
import pa.gob.refugio.events.appeals.ChallengeWindowReinstated;
import pa.gob.refugio.events.decision.FinalRejectionReversed;
import pa.gob.refugio.events.decision.ResolutionNotifiedV2;
import pa.gob.refugio.events.decision.RejectionBecameFinal;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.EventLog;
import pa.gob.refugio.testing.RealInfrastructureResource;
import pa.gob.refugio.testing.Tokens;

/**
 * Issue 8, item 2: a non-admission and its notification dated thirty days back by one officer have no effect until a
 * second officer confirms them; a lapse undone in appeals-service reverses the final rejection.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class,
        initArgs = @ResourceArg(name = "database", value = "decision"))
class BackDatedDecisionsWaitForASecondOfficerTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/Panama"));
    static final LocalDate MONTH_AGO = TODAY.minusDays(30);

    @Inject
    DataSource db;

    /** Another eligibility officer than the one {@code Tokens.of(role)} stands for. */
    static String secondOfficer(String role) {
        return Tokens.of(role, "ONPAR");
    }

    static Response post(String path, String token, String body) {
        return given().auth().oauth2(token).contentType("application/json").body(body).when().post(path);
    }

    @Test
    void aBackDatedNonAdmissionAndItsNotificationChangeNothingUntilASecondOfficerConfirms() {
        Family family = Fixture.readyForAdmissibility(1, 0);
        String admissibility = "/api/v1/cases/" + family.caseId() + "/admissibility";
        String officer = Tokens.of(Roles.ONPAR_ELIGIBILITY);

        String entry = post(admissibility, officer, """
                {"outcome": "NOT_ADMITTED", "ground": "MANIFESTLY_UNFOUNDED", "reasons": "Relato sin fundamento",
                 "decidedOn": "%s"}""".formatted(MONTH_AGO))
                .then().statusCode(202)
                .header("Location", containsString("/api/v1/back-dated-entries/"))
                .body("status", equalTo("AWAITING_CONFIRMATION"))
                .body("kind", equalTo("ADMISSIBILITY"))
                .body("legalDate", equalTo(MONTH_AGO.toString()))
                .body("allowedBusinessDays", equalTo(2))
                .extract().path("entryId");
        assertEquals("READY_FOR_ADMISSIBILITY", Fixture.status(family.caseId()), "no effect yet");
        assertEquals(0, Fixture.published(db, "ApplicationNotAdmitted", 2, family.caseId()));
        assertEquals(1, Fixture.published(db, "BackDatedEntryHeld", family.caseId()));

        String confirmation = "/api/v1/back-dated-entries/" + entry + "/confirmation";
        post(confirmation, officer, "").then().statusCode(403)
                .body("type", containsString("second-officer-needed"));
        post(confirmation, Tokens.of(Roles.CONARE), "").then().statusCode(403);
        String decisionId = post(confirmation, secondOfficer(Roles.ONPAR_ELIGIBILITY), "")
                .then().statusCode(200)
                .body("status", equalTo("CONFIRMED"))
                .body("decisionId", notNullValue())
                .extract().path("decisionId");
        post(confirmation, secondOfficer(Roles.ONPAR_ELIGIBILITY), "").then().statusCode(409);
        assertEquals("NOT_ADMITTED", Fixture.status(family.caseId()));
        assertEquals(1, Fixture.published(db, "ApplicationNotAdmitted", 2, family.caseId()));
        given().auth().oauth2(officer).when().get("/api/v1/decisions/" + decisionId).then().statusCode(200)
                .body("decidedOn", equalTo(MONTH_AGO.toString()))
                .body("decidedBy", equalTo("test-" + Roles.ONPAR_ELIGIBILITY));

        // The notification, thirty days back: held; rejected by the second officer; recorded again and confirmed.
        String notification = "/api/v1/decisions/" + decisionId + "/notification";
        String body = "{\"notifiedOn\": \"%s\", \"channel\": \"IN_PERSON\", \"acknowledged\": true}"
                .formatted(MONTH_AGO);
        String first = post(notification, officer, body).then().statusCode(202)
                .body("kind", equalTo("NOTIFICATION")).extract().path("entryId");
        post("/api/v1/back-dated-entries/" + first + "/rejection", secondOfficer(Roles.ONPAR_ELIGIBILITY),
                "{\"reason\": \"Fecha no acreditada en el expediente\"}")
                .then().statusCode(200).body("status", equalTo("REJECTED"));
        post("/api/v1/back-dated-entries/" + first + "/confirmation", secondOfficer(Roles.ONPAR_REGISTRATION), "")
                .then().statusCode(409);
        assertEquals(0, Fixture.published(db, "ResolutionNotified", 2, family.caseId()), "no window opens");

        String second = post(notification, officer, body).then().statusCode(202).extract().path("entryId");
        post("/api/v1/back-dated-entries/" + second + "/confirmation", Tokens.of(Roles.ONPAR_SUPERVISOR), "")
                .then().statusCode(200).body("status", equalTo("CONFIRMED"));
        try (EventLog log = EventLog.of(Topics.DECISION)) {
            ResolutionNotifiedV2 notified = log.awaitOne(ResolutionNotifiedV2.class, family.caseId());
            assertEquals(MONTH_AGO, notified.notifiedOn());
        }
        given().auth().oauth2(Tokens.of(Roles.CONARE)).when()
                .get("/api/v1/back-dated-entries?caseId=" + family.caseId()).then().statusCode(200)
                .body("status", equalTo(List.of("CONFIRMED", "REJECTED", "CONFIRMED")))
                .body("rejectionReason[1]", equalTo("Fecha no acreditada en el expediente"));
    }

    @Test
    void aBackDatedEntryThatCouldNeverTakeEffectIsRefusedAtOnce() {
        Family family = Fixture.admitted(1, 0);
        post("/api/v1/cases/" + family.caseId() + "/admissibility", Tokens.of(Roles.ONPAR_ELIGIBILITY), """
                {"outcome": "ADMITTED", "decidedOn": "%s"}""".formatted(MONTH_AGO))
                .then().statusCode(409).body("type", containsString("illegal-transition"));
        assertEquals(0, Fixture.published(db, "BackDatedEntryHeld", family.caseId()));
    }

    @Test
    void aRecentDateTakesEffectAtOnce() {
        Family family = Fixture.readyForAdmissibility(1, 0);
        post("/api/v1/cases/" + family.caseId() + "/admissibility", Tokens.of(Roles.ONPAR_ELIGIBILITY), """
                {"outcome": "ADMITTED", "decidedOn": "%s"}""".formatted(TODAY))
                .then().statusCode(201).body("caseStatus", equalTo("ADMITTED"));
    }

    @Test
    void aLapseUndoneInAppealsReversesTheFinalRejectionOnce() {
        Family family = Fixture.admitted(2, 0);
        UUID rejection = UUID.fromString(post("/api/v1/cases/" + family.caseId() + "/eligibility",
                Tokens.of(Roles.CONARE), "{\"outcome\": \"REJECTED\", \"reasons\": \"Sin temor fundado\"}")
                .then().statusCode(201).extract().path("decisionId"));
        Publish.event(new ChallengeWindowLapsed(Fixture.meta(ChallengeWindowLapsed.class, family.caseId()), rejection,
                Window.RECONSIDERATION, TODAY.minusDays(1)));
        Fixture.awaitStatus(family.caseId(), "FINALLY_REJECTED");

        ChallengeWindowReinstated reinstated = new ChallengeWindowReinstated(
                Fixture.meta(ChallengeWindowReinstated.class, family.caseId()), rejection, List.of(),
                Window.RECONSIDERATION, ChallengeWindowReinstated.Cause.PAPER_FILING, TODAY.minusDays(1),
                TODAY.minusDays(1), TODAY);
        Publish.event(reinstated);
        Publish.event(reinstated);
        Fixture.awaitStatus(family.caseId(), "REJECTED");
        try (EventLog log = EventLog.of(Topics.DECISION)) {
            FinalRejectionReversed reversed = log.awaitOne(FinalRejectionReversed.class, family.caseId());
            assertEquals(rejection, reversed.decisionId());
            assertEquals(family.memberIds(), reversed.memberIds());
            assertEquals(RejectionBecameFinal.Cause.RECONSIDERATION_WINDOW_LAPSED, reversed.reversedCause());
        }
        ChallengeWindowReinstated again = Publish.event(new ChallengeWindowReinstated(
                Fixture.meta(ChallengeWindowReinstated.class, family.caseId()), rejection, List.of(),
                Window.RECONSIDERATION, ChallengeWindowReinstated.Cause.SUPERVISOR, TODAY.minusDays(1),
                TODAY.plusDays(7), TODAY));
        Fixture.awaitProcessed(db, again.eventId());
        assertEquals(1, Fixture.published(db, "FinalRejectionReversed", family.caseId()));
        given().auth().oauth2(Tokens.of(Roles.CONARE)).when().get("/api/v1/decisions/" + rejection)
                .then().statusCode(200).body("challengeState", equalTo("OPEN"));
    }
}
