package pa.gob.refugio.appeals;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.events.Topics;
import pa.gob.refugio.events.appeals.ReconsiderationFiled;
import pa.gob.refugio.events.appeals.ReconsiderationGranted;
import pa.gob.refugio.events.appeals.ReconsiderationWindowOpened;
import pa.gob.refugio.events.decision.ResolutionNotified;
import pa.gob.refugio.events.decision.ResolutionNotified.ResolutionKind;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.EventLog;
import pa.gob.refugio.testing.RealInfrastructureResource;
import pa.gob.refugio.testing.Tokens;

@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "appeals"))
class RejectedApplicantAsksConareForReconsiderationTest {

    @Test
    void aNotifiedRejectionOpensTheReconsiderationWindowOfFiveBusinessDays() {
        UUID caseId = UUID.randomUUID();
        UUID decisionId = UUID.randomUUID();
        ResolutionNotified notified = Publish.notified(caseId, decisionId, ResolutionKind.REJECTED,
                LocalDate.of(2026, 10, 30));
        try (EventLog log = EventLog.of(Topics.APPEALS)) {
            Publish.event(notified);
            ReconsiderationWindowOpened opened = log.awaitOne(ReconsiderationWindowOpened.class, caseId);
            assertEquals(decisionId, opened.decisionId());
            assertEquals(LocalDate.of(2026, 10, 30), opened.notifiedOn());
            // 3, 4 (Flag Day), 5 and 10 November are skipped
            assertEquals(LocalDate.of(2026, 11, 12), opened.lastDay());
            assertEquals(notified.eventId(), opened.metadata().causationId());
            assertEquals(notified.metadata().correlationId(), opened.metadata().correlationId());
        }
        given().auth().oauth2(Tokens.of(Roles.CONARE)).header("Accept-Language", "en")
                .when().get("/api/v1/cases/" + caseId + "/challenges")
                .then().statusCode(200)
                .body("windows", hasSize(1))
                .body("windows[0].kind", equalTo("RECONSIDERATION"))
                .body("windows[0].status", equalTo("OPEN"))
                .body("windows[0].lastDay", equalTo("2026-11-12"))
                .body("windows[0].deadline.skippedDays", hasItem(containsString("Día de la Bandera")))
                .body("windows[0].deadline.explanation", containsString("Last day to file (inclusive)"))
                .body("administrativeRouteExhausted", equalTo(false));
        // Spanish first: without a preference for English the same window explains itself in Spanish
        given().auth().oauth2(Tokens.of(Roles.CONARE))
                .when().get("/api/v1/cases/" + caseId + "/challenges")
                .then().statusCode(200)
                .body("windows[0].deadline.explanation", containsString("Último día para presentar (inclusive)"))
                .body("windows[0].deadline.explanation", containsString("Base legal"));
    }

    @Test
    void aNonAdmissionOpensAWindowButAPositiveResolutionDoesNot() {
        UUID caseId = UUID.randomUUID();
        UUID recognised = UUID.randomUUID();
        UUID notAdmitted = UUID.randomUUID();
        try (EventLog log = EventLog.of(Topics.APPEALS)) {
            Publish.event(Publish.notified(caseId, recognised, ResolutionKind.RECOGNIZED, Publish.today()));
            Publish.event(Publish.notified(caseId, notAdmitted, ResolutionKind.NOT_ADMITTED, Publish.today()));
            // same case, same partition: once the second is handled, the first was too
            assertEquals(notAdmitted, log.awaitOne(ReconsiderationWindowOpened.class, caseId).decisionId());
        }
        given().auth().oauth2(Tokens.of(Roles.ONPAR_ELIGIBILITY))
                .when().get("/api/v1/cases/" + caseId + "/challenges")
                .then().statusCode(200)
                .body("windows", hasSize(1))
                .body("windows[0].decisionId", equalTo(notAdmitted.toString()))
                .body("windows[0].resolution", equalTo("NOT_ADMITTED"));
    }

    @Test
    void aRedeliveredNotificationOpensOneWindowAndPublishesOnce() {
        UUID caseId = UUID.randomUUID();
        UUID decisionId = UUID.randomUUID();
        UUID marker = UUID.randomUUID();
        ResolutionNotified notified = Publish.notified(caseId, decisionId, ResolutionKind.REJECTED, Publish.today());
        try (EventLog log = EventLog.of(Topics.APPEALS)) {
            Publish.event(notified);
            Publish.event(notified);
            Publish.event(Publish.notified(caseId, marker, ResolutionKind.REJECTED, Publish.today()));
            log.awaitMatching(ReconsiderationWindowOpened.class, e -> e.decisionId().equals(marker), 1,
                    Duration.ofSeconds(30));
            assertEquals(1, log.matching(ReconsiderationWindowOpened.class,
                    e -> e.decisionId().equals(decisionId)).size());
        }
        given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION))
                .when().get("/api/v1/cases/" + caseId + "/challenges")
                .then().statusCode(200).body("windows", hasSize(2));
    }

    @Test
    void aReconsiderationFiledInTimeIsRecordedAndCanBeGrantedOnce() {
        UUID caseId = UUID.randomUUID();
        UUID decisionId = UUID.randomUUID();
        LocalDate today = Publish.today();
        try (EventLog log = EventLog.of(Topics.APPEALS)) {
            Publish.event(Publish.notified(caseId, decisionId, ResolutionKind.REJECTED, today));
            log.awaitOne(ReconsiderationWindowOpened.class, caseId);

            String id = given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION))
                    .contentType("application/json")
                    .body("{\"decisionId\": \"" + decisionId + "\", \"grounds\": \"New evidence of persecution\"}")
                    .when().post("/api/v1/cases/" + caseId + "/reconsiderations")
                    .then().statusCode(201)
                    .header("Location", containsString("/api/v1/reconsiderations/"))
                    .body("reconsiderationId", notNullValue())
                    .body("decisionId", equalTo(decisionId.toString()))
                    .body("filedOn", equalTo(today.toString()))
                    .body("status", equalTo("FILED"))
                    .body("deadline.name", equalTo("reconsideration"))
                    .body("deadline.triggeredOn", equalTo(today.toString()))
                    .body("deadline.lastDay", notNullValue())
                    .body("deadline.explanation", notNullValue())
                    .extract().path("reconsiderationId");
            ReconsiderationFiled filed = log.awaitOne(ReconsiderationFiled.class, caseId);
            assertEquals(UUID.fromString(id), filed.reconsiderationId());
            assertEquals(today, filed.filedOn());

            given().auth().oauth2(Tokens.of(Roles.ONPAR_ELIGIBILITY))
                    .contentType("application/json")
                    .body("{\"decisionId\": \"" + decisionId + "\", \"grounds\": \"again\"}")
                    .when().post("/api/v1/cases/" + caseId + "/reconsiderations")
                    .then().statusCode(409).contentType("application/problem+json");

            given().auth().oauth2(Tokens.of(Roles.CONARE))
                    .contentType("application/json")
                    .body("{\"outcome\": \"GRANTED\", \"reasons\": \"The new evidence is credible\"}")
                    .when().post("/api/v1/reconsiderations/" + id + "/decision")
                    .then().statusCode(200)
                    .body("status", equalTo("GRANTED"))
                    .body("decidedOn", equalTo(today.toString()));
            ReconsiderationGranted granted = log.awaitOne(ReconsiderationGranted.class, caseId);
            assertEquals(decisionId, granted.decisionId());
            assertEquals(UUID.fromString(id), granted.reconsiderationId());

            given().auth().oauth2(Tokens.of(Roles.CONARE))
                    .contentType("application/json")
                    .body("{\"outcome\": \"CONFIRMED\", \"reasons\": \"changed our mind\"}")
                    .when().post("/api/v1/reconsiderations/" + id + "/decision")
                    .then().statusCode(409).contentType("application/problem+json")
                    .body("currentState", equalTo("GRANTED"));
        }
        given().auth().oauth2(Tokens.of(Roles.MINISTER))
                .when().get("/api/v1/cases/" + caseId + "/challenges")
                .then().statusCode(200)
                .body("windows[0].status", equalTo("USED"))
                .body("reconsiderations", hasSize(1))
                .body("reconsiderations[0].status", equalTo("GRANTED"));
    }

    @Test
    void aLateReconsiderationIsRefusedNamingTheDeadlineAndHowItWasCounted() {
        UUID caseId = UUID.randomUUID();
        UUID decisionId = UUID.randomUUID();
        try (EventLog log = EventLog.of(Topics.APPEALS)) {
            // notified Monday 5 January 2026; Friday 9 January (Martyrs' Day) skipped: last day Tuesday 13 January
            Publish.event(Publish.notified(caseId, decisionId, ResolutionKind.REJECTED, LocalDate.of(2026, 1, 5)));
            log.awaitOne(ReconsiderationWindowOpened.class, caseId);
        }
        given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION)).header("Accept-Language", "en")
                .contentType("application/json")
                .body("{\"decisionId\": \"" + decisionId + "\", \"filedOn\": \"2026-01-14\", \"grounds\": \"late\"}")
                .when().post("/api/v1/cases/" + caseId + "/reconsiderations")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", containsString("deadline-missed"))
                .body("detail", containsString("2026-01-13"))
                .body("deadline.name", equalTo("reconsideration"))
                .body("deadline.triggeredOn", equalTo("2026-01-05"))
                .body("deadline.lastDay", equalTo("2026-01-13"))
                .body("deadline.skippedDays", hasItem(containsString("Martyrs' Day")))
                .body("deadline.explanation", containsString("Legal basis"));
    }

    @Test
    void aFilingWithoutAnOpenWindowIsNotFoundAndAFutureDateIsRefused() {
        UUID caseId = UUID.randomUUID();
        UUID decisionId = UUID.randomUUID();
        given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION))
                .contentType("application/json")
                .body("{\"decisionId\": \"" + UUID.randomUUID() + "\", \"grounds\": \"x\"}")
                .when().post("/api/v1/cases/" + caseId + "/reconsiderations")
                .then().statusCode(404).contentType("application/problem+json");

        try (EventLog log = EventLog.of(Topics.APPEALS)) {
            Publish.event(Publish.notified(caseId, decisionId, ResolutionKind.REJECTED, Publish.today()));
            log.awaitOne(ReconsiderationWindowOpened.class, caseId);
        }
        // the window belongs to another case
        given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION))
                .contentType("application/json")
                .body("{\"decisionId\": \"" + decisionId + "\", \"grounds\": \"x\"}")
                .when().post("/api/v1/cases/" + UUID.randomUUID() + "/reconsiderations")
                .then().statusCode(404);
        given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION))
                .contentType("application/json")
                .body("{\"decisionId\": \"" + decisionId + "\", \"filedOn\": \"" + Publish.today().plusDays(2)
                        + "\", \"grounds\": \"x\"}")
                .when().post("/api/v1/cases/" + caseId + "/reconsiderations")
                .then().statusCode(422).body("type", containsString("filed-in-the-future"));
        given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION))
                .contentType("application/json")
                .body("{\"decisionId\": \"" + decisionId + "\"}")
                .when().post("/api/v1/cases/" + caseId + "/reconsiderations")
                .then().statusCode(400).body("errors.field", hasItem("grounds"));
        given().auth().oauth2(Tokens.of(Roles.CONARE))
                .contentType("application/json")
                .body("{\"outcome\": \"GRANTED\", \"reasons\": \"x\"}")
                .when().post("/api/v1/reconsiderations/" + UUID.randomUUID() + "/decision")
                .then().statusCode(404);
    }

    @Test
    void onlyOnparFilesOnlyConareDecidesAndPartnersSeeNothing() {
        UUID caseId = UUID.randomUUID();
        String body = "{\"decisionId\": \"" + UUID.randomUUID() + "\", \"grounds\": \"x\"}";
        given().contentType("application/json").body(body)
                .when().post("/api/v1/cases/" + caseId + "/reconsiderations")
                .then().statusCode(401).contentType("application/problem+json");
        for (String role : new String[] {Roles.CONARE, Roles.MINISTER, Roles.SNM, Roles.PARTNER_NGO}) {
            given().auth().oauth2(Tokens.of(role)).contentType("application/json").body(body)
                    .when().post("/api/v1/cases/" + caseId + "/reconsiderations")
                    .then().statusCode(403).contentType("application/problem+json");
        }
        for (String role : new String[] {Roles.ONPAR_REGISTRATION, Roles.ONPAR_ELIGIBILITY, Roles.MINISTER}) {
            given().auth().oauth2(Tokens.of(role)).contentType("application/json")
                    .body("{\"outcome\": \"GRANTED\", \"reasons\": \"x\"}")
                    .when().post("/api/v1/reconsiderations/" + UUID.randomUUID() + "/decision")
                    .then().statusCode(403);
        }
        given().auth().oauth2(Tokens.of(Roles.PARTNER_NGO))
                .when().get("/api/v1/cases/" + caseId + "/challenges")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.of(Roles.SNM))
                .when().get("/api/v1/cases/" + caseId + "/challenges")
                .then().statusCode(403);
    }
}
