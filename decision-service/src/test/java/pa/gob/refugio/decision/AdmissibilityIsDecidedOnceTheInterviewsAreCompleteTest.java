package pa.gob.refugio.decision;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static pa.gob.refugio.decision.Fixture.post;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.decision.Fixture.Family;
import pa.gob.refugio.events.Topics;
import pa.gob.refugio.events.decision.ApplicationAdmitted;
import pa.gob.refugio.events.decision.ApplicationNotAdmittedV2;
import pa.gob.refugio.events.interview.ExtensionInterviewCalled;
import pa.gob.refugio.events.registration.ApplicationRegistered;
import pa.gob.refugio.events.registration.ApplicationWithdrawn;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.EventLog;
import pa.gob.refugio.testing.RealInfrastructureResource;
import pa.gob.refugio.testing.Tokens;

@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class,
        initArgs = @ResourceArg(name = "database", value = "decision"))
class AdmissibilityIsDecidedOnceTheInterviewsAreCompleteTest {

    @Inject
    DataSource db;

    @Test
    void admittingAReadyCasePublishesApplicationAdmittedForEveryMember() {
        Family family = Fixture.readyForAdmissibility(2, 2);

        String decisionId = post("/api/v1/cases/" + family.caseId() + "/admissibility", Roles.ONPAR_ELIGIBILITY,
                "{\"outcome\": \"ADMITTED\", \"reasons\": \"Credible account, consistent interviews\"}")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/decisions/"))
                .body("caseId", equalTo(family.caseId().toString()))
                .body("kind", equalTo("ADMISSIBILITY"))
                .body("outcome", equalTo("ADMITTED"))
                .body("decidedOn", notNullValue())
                .body("caseStatus", equalTo("ADMITTED"))
                .extract().path("decisionId");

        try (EventLog log = EventLog.of(Topics.DECISION)) {
            ApplicationAdmitted admitted = log.awaitOne(ApplicationAdmitted.class, family.caseId());
            assertEquals(UUID.fromString(decisionId), admitted.decisionId());
            assertEquals(family.memberIds(), admitted.memberIds());
        }
        Fixture.awaitStatus(family.caseId(), "ADMITTED");
    }

    @Test
    void notAdmittingNamesAGroundAndKeepsTheReasonsHere() {
        Family family = Fixture.readyForAdmissibility(1, 0);
        String path = "/api/v1/cases/" + family.caseId() + "/admissibility";

        post(path, Roles.ONPAR_ELIGIBILITY, "{\"outcome\": \"NOT_ADMITTED\", \"reasons\": \"x\"}")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("ground"));

        String decisionId = post(path, Roles.ONPAR_ELIGIBILITY, """
                {"outcome": "NOT_ADMITTED", "ground": "MANIFESTLY_UNFOUNDED",
                 "reasons": "Economic reasons only; no persecution alleged"}""")
                .then().statusCode(201)
                .body("outcome", equalTo("NOT_ADMITTED"))
                .body("ground", equalTo("MANIFESTLY_UNFOUNDED"))
                .body("challengeState", equalTo("OPEN"))
                .extract().path("decisionId");

        try (EventLog log = EventLog.of(Topics.DECISION)) {
            ApplicationNotAdmittedV2 event = log.awaitOne(ApplicationNotAdmittedV2.class, family.caseId());
            assertEquals(UUID.fromString(decisionId), event.decisionId());
            assertEquals(family.memberIds(), event.memberIds());
            assertEquals("MANIFESTLY_UNFOUNDED", event.ground());
            ConsumerRecord<String, String> record = log.records().stream()
                    .filter(r -> family.caseId().toString().equals(r.key())).findFirst().orElseThrow();
            assertFalse(record.value().contains("Economic"), "the reasons stay in decision-service");
        }
        given().auth().oauth2(Tokens.of(Roles.MINISTER))
                .when().get("/api/v1/cases/" + family.caseId() + "/decisions")
                .then().statusCode(200)
                .body("[0].reasons", equalTo("Economic reasons only; no persecution alleged"));
        Fixture.awaitStatus(family.caseId(), "NOT_ADMITTED");

        post(path, Roles.ONPAR_ELIGIBILITY, "{\"outcome\": \"ADMITTED\"}")
                .then().statusCode(409).body("currentState", equalTo("NOT_ADMITTED"));
    }

    @Test
    void aCaseStillAwaitingItsInterviewsCannotBeAdmitted() {
        Family family = Fixture.registered(2, 1);
        post("/api/v1/cases/" + family.caseId() + "/admissibility", Roles.ONPAR_ELIGIBILITY,
                "{\"outcome\": \"ADMITTED\"}")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", containsString("illegal-transition"))
                .body("currentState", equalTo("AWAITING_INTERVIEWS"));

        post("/api/v1/cases/" + UUID.randomUUID() + "/admissibility", Roles.ONPAR_ELIGIBILITY,
                "{\"outcome\": \"ADMITTED\"}")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void onlyTheConfiguredRoleDecidesAdmissibility() {
        Family family = Fixture.readyForAdmissibility(1, 0);
        String path = "/api/v1/cases/" + family.caseId() + "/admissibility";
        given().contentType("application/json").body("{\"outcome\": \"ADMITTED\"}")
                .when().post(path).then().statusCode(401).contentType("application/problem+json");
        post(path, Roles.CONARE, "{\"outcome\": \"ADMITTED\"}")
                .then().statusCode(403).contentType("application/problem+json");
        post(path, Roles.ONPAR_REGISTRATION, "{\"outcome\": \"ADMITTED\"}").then().statusCode(403);
        given().auth().oauth2(Tokens.of(Roles.PARTNER_NGO)).when().get("/api/v1/cases/" + family.caseId())
                .then().statusCode(403);
        post(path, Roles.ONPAR_ELIGIBILITY, "{\"outcome\": \"MAYBE\"}")
                .then().statusCode(400).body("errors[0].field", equalTo("outcome"));
        Fixture.awaitStatus(family.caseId(), "READY_FOR_ADMISSIBILITY");
    }

    @Test
    void aRedeliveredRegistrationChangesNothing() {
        ApplicationRegistered registration = Fixture.registration(UUID.randomUUID(), 2, 1);
        Publish.event(registration);
        Publish.event(registration);
        ApplicationRegistered again = new ApplicationRegistered(
                Fixture.meta(ApplicationRegistered.class, registration.caseId()), registration.caseNumber(),
                registration.intakeSite(), registration.filedOn(), false, registration.members());
        Publish.event(again);
        Fixture.awaitProcessed(db, again.eventId());

        assertEquals(1, Fixture.count(db, "select count(*) from inbox_event where event_id = ?"
                        + " and consumer = 'decision-service'",
                registration.eventId()));
        List<String> members = given().auth().oauth2(Tokens.of(Roles.CONARE))
                .when().get("/api/v1/cases/" + registration.caseId())
                .then().statusCode(200).body("status", equalTo("AWAITING_INTERVIEWS"))
                .extract().path("members.memberId");
        assertEquals(3, members.size());
    }

    @Test
    void anExtensionInterviewMakesAdmissibilityWaitUntilItIsHeld() {
        Family family = Fixture.readyForAdmissibility(2, 0);
        Publish.event(new ExtensionInterviewCalled(Fixture.meta(ExtensionInterviewCalled.class, family.caseId()),
                UUID.randomUUID(), family.principal()));
        Fixture.awaitStatus(family.caseId(), "AWAITING_INTERVIEWS");
        post("/api/v1/cases/" + family.caseId() + "/admissibility", Roles.ONPAR_ELIGIBILITY,
                "{\"outcome\": \"ADMITTED\"}").then().statusCode(409);

        Publish.event(Fixture.readyEvent(family));
        Fixture.awaitStatus(family.caseId(), "READY_FOR_ADMISSIBILITY");
        post("/api/v1/cases/" + family.caseId() + "/admissibility", Roles.ONPAR_ELIGIBILITY,
                "{\"outcome\": \"ADMITTED\"}").then().statusCode(201);
    }

    @Test
    void aWithdrawalClosesTheCase() {
        Family family = Fixture.readyForAdmissibility(1, 1);
        Publish.event(new ApplicationWithdrawn(Fixture.meta(ApplicationWithdrawn.class, family.caseId()),
                java.time.LocalDate.now()));
        Fixture.awaitStatus(family.caseId(), "CLOSED");
        post("/api/v1/cases/" + family.caseId() + "/admissibility", Roles.ONPAR_ELIGIBILITY,
                "{\"outcome\": \"ADMITTED\"}").then().statusCode(409);
    }
}
