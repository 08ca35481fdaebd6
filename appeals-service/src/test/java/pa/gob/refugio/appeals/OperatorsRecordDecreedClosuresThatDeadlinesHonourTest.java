package pa.gob.refugio.appeals;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.events.Topics;
import pa.gob.refugio.events.appeals.ChallengeWindowExtended;
import pa.gob.refugio.events.appeals.ReconsiderationWindowOpened;
import pa.gob.refugio.events.decision.ResolutionNotified.ResolutionKind;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.EventLog;
import pa.gob.refugio.testing.RealInfrastructureResource;
import pa.gob.refugio.testing.Tokens;

@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "appeals"))
class OperatorsRecordDecreedClosuresThatDeadlinesHonourTest {

    @Test
    void carnivalClosuresDecreedByTheExecutiveMoveTheReconsiderationDeadline() {
        closure("2025-03-03", "Lunes de Carnaval (Carnival Monday)", "Decreto Ejecutivo 7 de 2025");
        closure("2025-03-05", "Miércoles de Ceniza (Ash Wednesday)", "Decreto Ejecutivo 7 de 2025");
        UUID caseId = UUID.randomUUID();
        try (EventLog log = EventLog.of(Topics.APPEALS)) {
            // notified Friday 28 February 2025: Mon 3 closed, Tue 4 Carnival, Wed 5 closed,
            // Thu 6 (1), Fri 7 (2), Mon 10 (3), Tue 11 (4), Wed 12 (5)
            Publish.event(Publish.notified(caseId, UUID.randomUUID(), ResolutionKind.REJECTED,
                    LocalDate.of(2025, 2, 28)));
            assertEquals(LocalDate.of(2025, 3, 12), log.awaitOne(ReconsiderationWindowOpened.class, caseId).lastDay());
        }
        given().auth().oauth2(Tokens.of(Roles.CONARE)).header("Accept-Language", "en")
                .when().get("/api/v1/cases/" + caseId + "/challenges")
                .then().statusCode(200)
                .body("windows[0].deadline.skippedDays",
                        hasItem("2025-03-03: Lunes de Carnaval (Carnival Monday), closure per Decreto Ejecutivo 7 de 2025"))
                .body("windows[0].deadline.explanation", containsString("Wednesday 12 March 2025"));

        given().auth().oauth2(Tokens.of(Roles.PARTNER_NGO))
                .when().get("/api/v1/calendar/2025")
                .then().statusCode(200)
                .body("year", equalTo(2025))
                .body("holidays.date", hasItems("2025-03-04", "2025-04-18", "2025-11-03"))
                .body("holidays.reason", hasItem("Martes de Carnaval (Carnival Tuesday)"))
                .body("closures.date", hasItems("2025-03-03", "2025-03-05"))
                .body("closures.legalSource", hasItem("Decreto Ejecutivo 7 de 2025"));
    }

    @Test
    void aClosureDecreedWhileAWindowIsOpenExtendsIt() {
        UUID caseId = UUID.randomUUID();
        try (EventLog log = EventLog.of(Topics.APPEALS)) {
            // notified Friday 7 June 2024: last day Friday 14 June
            Publish.event(Publish.notified(caseId, UUID.randomUUID(), ResolutionKind.REJECTED,
                    LocalDate.of(2024, 6, 7)));
            assertEquals(LocalDate.of(2024, 6, 14), log.awaitOne(ReconsiderationWindowOpened.class, caseId).lastDay());
            closure("2024-06-12", "Cierre de oficinas públicas", "Decreto Ejecutivo 99 de 2024");
            ChallengeWindowExtended extended = log.awaitOne(ChallengeWindowExtended.class, caseId);
            assertEquals(LocalDate.of(2024, 6, 14), extended.previousLastDay());
            assertEquals(LocalDate.of(2024, 6, 17), extended.lastDay());
            assertEquals(LocalDate.of(2024, 6, 12), extended.closureDate());
        }
    }

    @Test
    void onlyOperationsRecordClosuresOncePerDayWithTheirLegalSource() {
        String body = "{\"date\": \"2023-05-02\", \"reason\": \"Cierre\", \"legalSource\": \"Decreto 1 de 2023\"}";
        given().auth().oauth2(Tokens.of(Roles.ONPAR_ELIGIBILITY)).contentType("application/json").body(body)
                .when().post("/api/v1/calendar/closures")
                .then().statusCode(403);
        given().contentType("application/json").body(body)
                .when().post("/api/v1/calendar/closures")
                .then().statusCode(401);
        given().auth().oauth2(Tokens.of(Roles.OPERATIONS)).contentType("application/json")
                .body("{\"date\": \"2023-05-02\", \"reason\": \"Cierre\"}")
                .when().post("/api/v1/calendar/closures")
                .then().statusCode(400).body("errors.field", hasItem("legalSource"));
        given().auth().oauth2(Tokens.of(Roles.OPERATIONS)).contentType("application/json").body(body)
                .when().post("/api/v1/calendar/closures")
                .then().statusCode(201).body("description", equalTo("Cierre, closure per Decreto 1 de 2023"));
        given().auth().oauth2(Tokens.of(Roles.OPERATIONS)).contentType("application/json").body(body)
                .when().post("/api/v1/calendar/closures")
                .then().statusCode(409);
        given().when().get("/api/v1/calendar/2023").then().statusCode(401);
    }

    private static void closure(String date, String reason, String legalSource) {
        given().auth().oauth2(Tokens.of(Roles.OPERATIONS)).contentType("application/json")
                .body("{\"date\": \"" + date + "\", \"reason\": \"" + reason + "\", \"legalSource\": \"" + legalSource
                        + "\"}")
                .when().post("/api/v1/calendar/closures")
                .then().statusCode(201);
    }
}
