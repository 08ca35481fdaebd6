package pa.gob.refugio.appeals;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.Topics;
import pa.gob.refugio.events.Trace;
import pa.gob.refugio.events.appeals.AppealDecisionNotified;
import pa.gob.refugio.events.appeals.AppealDenied;
import pa.gob.refugio.events.appeals.AppealFiled;
import pa.gob.refugio.events.appeals.AppealGranted;
import pa.gob.refugio.events.appeals.AppealWindowOpenedV2;
import pa.gob.refugio.events.appeals.CaseSummarySent;
import pa.gob.refugio.events.appeals.JudicialReviewDecided;
import pa.gob.refugio.events.appeals.JudicialReviewFiled;
import pa.gob.refugio.events.appeals.ReconsiderationConfirmed;
import pa.gob.refugio.events.appeals.ReconsiderationWindowOpened;
import pa.gob.refugio.events.appeals.ReconsiderationWindowOpenedV2;
import pa.gob.refugio.events.decision.ResolutionNotified.ResolutionKind;
import pa.gob.refugio.events.decision.StatusRejected;
import pa.gob.refugio.rules.calendar.BusinessCalendar;
import pa.gob.refugio.rules.deadline.Deadlines;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.EventLog;
import pa.gob.refugio.testing.RealInfrastructureResource;
import pa.gob.refugio.testing.Tokens;

@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "appeals"))
class ConfirmedRejectionIsAppealedToTheMinisterTest {

    @Test
    void confirmedNotifiedAppealedWithACaseSummaryDeniedThenTakenToTheThirdChamber() {
        UUID caseId = UUID.randomUUID();
        UUID decisionId = UUID.randomUUID();
        UUID member = UUID.randomUUID();
        LocalDate today = Publish.today();
        try (EventLog log = EventLog.of(Topics.APPEALS)) {
            Publish.event(new StatusRejected(EventMetadata.create(StatusRejected.class, caseId, Trace.start(),
                    Instant.now()), decisionId, List.of(member), today));
            Publish.event(Publish.notified(caseId, decisionId, ResolutionKind.REJECTED, today));
            assertEquals(List.of(member), log.awaitOne(ReconsiderationWindowOpenedV2.class, caseId).memberIds(),
                    "a v1 notification: the members of the rejection StatusRejected named");

            String reconsiderationId = file("reconsiderations", caseId, decisionId, Roles.ONPAR_ELIGIBILITY)
                    .path("reconsiderationId");
            given().auth().oauth2(Tokens.of(Roles.CONARE)).contentType("application/json")
                    .body("{\"outcome\": \"CONFIRMED\", \"reasons\": \"No new facts\"}")
                    .when().post("/api/v1/reconsiderations/" + reconsiderationId + "/decision")
                    .then().statusCode(200).body("status", equalTo("CONFIRMED"));
            log.awaitOne(ReconsiderationConfirmed.class, caseId);

            // no appeal before the confirmation is notified
            given().auth().oauth2(Tokens.of(Roles.ONPAR_ELIGIBILITY)).contentType("application/json")
                    .body("{\"decisionId\": \"" + decisionId + "\", \"grounds\": \"too early\"}")
                    .when().post("/api/v1/cases/" + caseId + "/appeals")
                    .then().statusCode(404);

            LocalDate appealLastDay = new Deadlines(BusinessCalendar.panama()).appeal(today).lastDay();
            given().auth().oauth2(Tokens.of(Roles.ONPAR_ELIGIBILITY)).contentType("application/json")
                    .body("{\"notifiedOn\": \"" + today + "\", \"channel\": \"IN_PERSON\"}")
                    .when().post("/api/v1/reconsiderations/" + reconsiderationId + "/notification")
                    .then().statusCode(201)
                    .body("kind", equalTo("APPEAL"))
                    .body("status", equalTo("OPEN"))
                    .body("lastDay", equalTo(appealLastDay.toString()))
                    .body("deadline.name", equalTo("appeal"));
            AppealWindowOpenedV2 opened = log.awaitOne(AppealWindowOpenedV2.class, caseId);
            assertEquals(List.of(member), opened.memberIds());
            assertEquals(UUID.fromString(reconsiderationId), opened.reconsiderationId());
            assertEquals(appealLastDay, opened.lastDay());
            given().auth().oauth2(Tokens.of(Roles.ONPAR_ELIGIBILITY)).contentType("application/json")
                    .body("{\"notifiedOn\": \"" + today + "\", \"channel\": \"IN_PERSON\"}")
                    .when().post("/api/v1/reconsiderations/" + reconsiderationId + "/notification")
                    .then().statusCode(409);

            // the route is not exhausted yet
            given().auth().oauth2(Tokens.of(Roles.ONPAR_ELIGIBILITY)).contentType("application/json")
                    .body("{\"filedOn\": \"" + today + "\", \"courtReference\": \"CSJ-SALA3-2026-001\"}")
                    .when().post("/api/v1/cases/" + caseId + "/judicial-reviews")
                    .then().statusCode(409).contentType("application/problem+json");

            var appeal = file("appeals", caseId, decisionId, Roles.ONPAR_REGISTRATION);
            String appealId = appeal.path("appealId");
            String summaryId = appeal.path("caseSummaryId");
            AppealFiled filed = log.awaitOne(AppealFiled.class, caseId);
            assertEquals(UUID.fromString(appealId), filed.appealId());
            assertEquals(appealLastDay, filed.lastDay());
            CaseSummarySent sent = log.awaitOne(CaseSummarySent.class, caseId);
            assertEquals(UUID.fromString(summaryId), sent.summaryId());

            given().auth().oauth2(Tokens.of(Roles.MINISTER))
                    .when().get("/api/v1/appeals/" + appealId + "/case-summary")
                    .then().statusCode(200)
                    .body("summaryId", equalTo(summaryId))
                    .body("sentTo", equalTo("Ministry of Government"))
                    .body("summary.caseId", equalTo(caseId.toString()))
                    .body("summary.decisions.outcome", hasItems("rejected", "confirmed"))
                    .body("summary.timeline.event", hasItems("StatusRejected", "ResolutionNotified",
                            "ReconsiderationWindowOpened", "ReconsiderationFiled", "ReconsiderationConfirmed",
                            "AppealWindowOpened", "AppealFiled"))
                    .body("summary.deadlines", hasSize(2))
                    .body("summary.deadlines.met", hasItems(true))
                    .body("summary.deadlines.name", hasItems("reconsideration", "appeal"))
                    .body("summary.text", containsString("Case summary for the Ministry of Government"));
            given().auth().oauth2(Tokens.of(Roles.CONARE))
                    .when().get("/api/v1/appeals/" + appealId + "/case-summary")
                    .then().statusCode(403);

            given().auth().oauth2(Tokens.of(Roles.ONPAR_ELIGIBILITY)).contentType("application/json")
                    .body("{\"outcome\": \"DENIED\", \"reasons\": \"x\"}")
                    .when().post("/api/v1/appeals/" + appealId + "/decision")
                    .then().statusCode(403);
            given().auth().oauth2(Tokens.of(Roles.MINISTER)).contentType("application/json")
                    .body("{\"outcome\": \"DENIED\", \"reasons\": \"The facts do not meet the definition\"}")
                    .when().post("/api/v1/appeals/" + appealId + "/decision")
                    .then().statusCode(200).body("status", equalTo("DENIED"));
            AppealDenied denied = log.awaitOne(AppealDenied.class, caseId);
            assertEquals(decisionId, denied.decisionId());
            given().auth().oauth2(Tokens.of(Roles.MINISTER)).contentType("application/json")
                    .body("{\"outcome\": \"GRANTED\", \"reasons\": \"x\"}")
                    .when().post("/api/v1/appeals/" + appealId + "/decision")
                    .then().statusCode(409);

            // the route ends at the notification of the Minister's decision, not before
            given().auth().oauth2(Tokens.of(Roles.ONPAR_ELIGIBILITY)).contentType("application/json")
                    .body("{\"filedOn\": \"" + today + "\", \"courtReference\": \"CSJ-SALA3-2026-001\"}")
                    .when().post("/api/v1/cases/" + caseId + "/judicial-reviews")
                    .then().statusCode(409);
            given().auth().oauth2(Tokens.of(Roles.ONPAR_ELIGIBILITY)).contentType("application/json")
                    .body("{\"notifiedOn\": \"" + today.plusDays(1) + "\", \"channel\": \"IN_PERSON\"}")
                    .when().post("/api/v1/appeals/" + appealId + "/notification")
                    .then().statusCode(422);
            given().auth().oauth2(Tokens.of(Roles.ONPAR_ELIGIBILITY)).contentType("application/json")
                    .body("{\"notifiedOn\": \"" + today + "\", \"channel\": \"IN_PERSON\"}")
                    .when().post("/api/v1/appeals/" + appealId + "/notification")
                    .then().statusCode(200).body("decisionNotifiedOn", equalTo(today.toString()))
                    .body("decisionNotificationChannel", equalTo("IN_PERSON"));
            AppealDecisionNotified notified = log.awaitOne(AppealDecisionNotified.class, caseId);
            assertEquals(UUID.fromString(appealId), notified.appealId());
            assertEquals(decisionId, notified.decisionId());
            assertEquals(today, notified.notifiedOn());
            given().auth().oauth2(Tokens.of(Roles.ONPAR_ELIGIBILITY)).contentType("application/json")
                    .body("{\"notifiedOn\": \"" + today + "\", \"channel\": \"IN_PERSON\"}")
                    .when().post("/api/v1/appeals/" + appealId + "/notification")
                    .then().statusCode(409);

            String reviewId = given().auth().oauth2(Tokens.of(Roles.ONPAR_ELIGIBILITY)).contentType("application/json")
                    .body("{\"filedOn\": \"" + today + "\", \"courtReference\": \"CSJ-SALA3-2026-001\"}")
                    .when().post("/api/v1/cases/" + caseId + "/judicial-reviews")
                    .then().statusCode(201)
                    .body("decisionId", equalTo(decisionId.toString()))
                    .body("status", equalTo("PENDING"))
                    .extract().path("judicialReviewId");
            assertEquals("CSJ-SALA3-2026-001", log.awaitOne(JudicialReviewFiled.class, caseId).courtReference());
            given().auth().oauth2(Tokens.of(Roles.ONPAR_ELIGIBILITY)).contentType("application/json")
                    .body("{\"outcome\": \"UPHELD\", \"decidedOn\": \"" + today + "\"}")
                    .when().post("/api/v1/judicial-reviews/" + reviewId + "/outcome")
                    .then().statusCode(200).body("status", equalTo("DECIDED")).body("outcome", equalTo("UPHELD"));
            assertEquals(JudicialReviewDecided.Outcome.UPHELD,
                    log.awaitOne(JudicialReviewDecided.class, caseId).outcome());
        }
        given().auth().oauth2(Tokens.of(Roles.ONPAR_ELIGIBILITY))
                .when().get("/api/v1/cases/" + caseId + "/challenges")
                .then().statusCode(200)
                .body("administrativeRouteExhausted", equalTo(true))
                .body("windows.kind", hasItems("RECONSIDERATION", "APPEAL"))
                .body("windows.status", hasItems("USED"))
                .body("reconsiderations[0].status", equalTo("CONFIRMED"))
                .body("appeals[0].status", equalTo("DENIED"))
                .body("appeals[0].caseSummaryId", notNullValue())
                .body("appeals[0].decisionNotificationChannel", equalTo("IN_PERSON"))
                .body("judicialReviews[0].outcome", equalTo("UPHELD"));
    }

    @Test
    void theMinisterMayGrantTheAppeal() {
        UUID caseId = UUID.randomUUID();
        UUID decisionId = UUID.randomUUID();
        LocalDate today = Publish.today();
        try (EventLog log = EventLog.of(Topics.APPEALS)) {
            Publish.event(Publish.notified(caseId, decisionId, ResolutionKind.REJECTED, today));
            log.awaitOne(ReconsiderationWindowOpened.class, caseId);
            String reconsiderationId = file("reconsiderations", caseId, decisionId, Roles.ONPAR_REGISTRATION)
                    .path("reconsiderationId");
            confirmAndNotify(reconsiderationId, today, today);
            String appealId = file("appeals", caseId, decisionId, Roles.ONPAR_ELIGIBILITY).path("appealId");
            given().auth().oauth2(Tokens.of(Roles.MINISTER)).contentType("application/json")
                    .body("{\"outcome\": \"GRANTED\", \"reasons\": \"Persecution established\"}")
                    .when().post("/api/v1/appeals/" + appealId + "/decision")
                    .then().statusCode(200).body("status", equalTo("GRANTED"));
            assertEquals(UUID.fromString(appealId), log.awaitOne(AppealGranted.class, caseId).appealId());
        }
    }

    @Test
    void aLateAppealIsRefusedNamingTheAppealDeadlineAcrossHolyWeek() {
        UUID caseId = UUID.randomUUID();
        UUID decisionId = UUID.randomUUID();
        try (EventLog log = EventLog.of(Topics.APPEALS)) {
            // rejection notified Friday 20 March 2026: reconsideration until Friday 27 March
            Publish.event(Publish.notified(caseId, decisionId, ResolutionKind.REJECTED, LocalDate.of(2026, 3, 20)));
            log.awaitOne(ReconsiderationWindowOpened.class, caseId);
        }
        // filed back then: a second officer confirms the back-dated filing (four eyes)
        String reconsiderationId = SecondOfficer.confirmIfHeld(given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION))
                .contentType("application/json")
                .body("{\"decisionId\": \"" + decisionId + "\", \"filedOn\": \"2026-03-23\", \"grounds\": \"x\"}")
                .when().post("/api/v1/cases/" + caseId + "/reconsiderations"), Roles.ONPAR_REGISTRATION)
                .then().statusCode(200).body("targetId", notNullValue())
                .extract().path("targetId");
        // confirmed Friday 27 March, notified Monday 30 March: Good Friday 3 April skipped, last day Tuesday 7 April
        confirmAndNotify(reconsiderationId, LocalDate.of(2026, 3, 27), LocalDate.of(2026, 3, 30));
        given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION)).header("Accept-Language", "en")
                .contentType("application/json")
                .body("{\"decisionId\": \"" + decisionId + "\", \"filedOn\": \"2026-04-08\", \"grounds\": \"late\"}")
                .when().post("/api/v1/cases/" + caseId + "/appeals")
                .then().statusCode(422)
                .body("type", containsString("deadline-missed"))
                .body("deadline.name", equalTo("appeal"))
                .body("deadline.lastDay", equalTo("2026-04-07"))
                .body("deadline.skippedDays", hasItem(containsString("Good Friday")));
    }

    private static io.restassured.response.ExtractableResponse<io.restassured.response.Response> file(
            String what, UUID caseId, UUID decisionId, String role) {
        return given().auth().oauth2(Tokens.of(role)).contentType("application/json")
                .body("{\"decisionId\": \"" + decisionId + "\", \"grounds\": \"The decision misread the facts\"}")
                .when().post("/api/v1/cases/" + caseId + "/" + what)
                .then().statusCode(201).body("status", equalTo("FILED")).extract();
    }

    /** CONARE confirms and ONPAR notifies; dated far back, a second officer confirms each (four eyes). */
    private static void confirmAndNotify(String reconsiderationId, LocalDate decidedOn, LocalDate notifiedOn) {
        SecondOfficer.confirmIfHeld(given().auth().oauth2(Tokens.of(Roles.CONARE)).contentType("application/json")
                .body("{\"outcome\": \"CONFIRMED\", \"reasons\": \"No new facts\", \"decidedOn\": \"" + decidedOn + "\"}")
                .when().post("/api/v1/reconsiderations/" + reconsiderationId + "/decision"), Roles.CONARE)
                .then().statusCode(200);
        int status = SecondOfficer.confirmIfHeld(given().auth().oauth2(Tokens.of(Roles.ONPAR_ELIGIBILITY))
                .contentType("application/json")
                .body("{\"notifiedOn\": \"" + notifiedOn + "\", \"channel\": \"IN_PERSON\"}")
                .when().post("/api/v1/reconsiderations/" + reconsiderationId + "/notification"), Roles.ONPAR_ELIGIBILITY)
                .statusCode();
        assertTrue(status == 201 || status == 200, "notified: " + status);
    }
}
