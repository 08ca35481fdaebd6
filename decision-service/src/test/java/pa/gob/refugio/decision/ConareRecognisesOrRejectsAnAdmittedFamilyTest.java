package pa.gob.refugio.decision;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static pa.gob.refugio.decision.Fixture.post;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.decision.Fixture.Family;
import pa.gob.refugio.events.Topics;
import pa.gob.refugio.events.decision.ResolutionNotifiedV2;
import pa.gob.refugio.events.decision.ResolutionNotified.ResolutionKind;
import pa.gob.refugio.events.decision.StatusRecognized;
import pa.gob.refugio.events.decision.StatusRejected;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.EventLog;
import pa.gob.refugio.testing.RealInfrastructureResource;
import pa.gob.refugio.testing.Tokens;

@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class,
        initArgs = @ResourceArg(name = "database", value = "decision"))
class ConareRecognisesOrRejectsAnAdmittedFamilyTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/Panama"));

    static String eligibility(Family family) {
        return "/api/v1/cases/" + family.caseId() + "/eligibility";
    }

    @Test
    void recognitionOfTheWholeFamilyPublishesStatusRecognizedAndItsNotification() {
        Family family = Fixture.admitted(2, 2);

        String decisionId = post(eligibility(family), Roles.CONARE, """
                {"outcome": "RECOGNIZED", "legalBasis": "CONVENTION_1951", "ground": "POLITICAL_OPINION",
                 "reasons": "Persecuted for political opinion"}""")
                .then().statusCode(201)
                .body("kind", equalTo("ELIGIBILITY"))
                .body("outcome", equalTo("RECOGNIZED"))
                .body("legalBasis", equalTo("CONVENTION_1951"))
                .body("ground", equalTo("POLITICAL_OPINION"))
                .body("memberIds.size()", equalTo(4))
                .body("caseStatus", equalTo("RECOGNIZED"))
                .extract().path("decisionId");

        try (EventLog log = EventLog.of(Topics.DECISION)) {
            StatusRecognized recognized = log.awaitOne(StatusRecognized.class, family.caseId());
            assertEquals(UUID.fromString(decisionId), recognized.decisionId());
            assertEquals(family.memberIds(), recognized.memberIds());
            assertEquals("CONVENTION_1951", recognized.legalBasis());
            assertFalse(log.records().stream().filter(r -> family.caseId().toString().equals(r.key()))
                    .anyMatch(r -> r.value().contains("POLITICAL_OPINION")), "the ground detail stays here");

            String notification = "/api/v1/decisions/" + decisionId + "/notification";
            post(notification, Roles.ONPAR_ELIGIBILITY, """
                    {"notifiedOn": "%s", "channel": "IN_PERSON", "acknowledged": true}""".formatted(TODAY))
                    .then().statusCode(200)
                    .body("resolution", equalTo("RECOGNIZED"))
                    .body("notifiedOn", equalTo(TODAY.toString()))
                    .body("reconsiderationDeadline", nullValue());
            ResolutionNotifiedV2 notified = log.awaitOne(ResolutionNotifiedV2.class, family.caseId());
            assertEquals(ResolutionKind.RECOGNIZED, notified.resolution());
            assertEquals(TODAY, notified.notifiedOn());
            assertEquals("IN_PERSON", notified.channel());

            post(notification, Roles.ONPAR_REGISTRATION, """
                    {"notifiedOn": "%s", "channel": "EMAIL", "acknowledged": false}""".formatted(TODAY))
                    .then().statusCode(409).body("type", containsString("already-notified"));
        }
        Fixture.awaitStatus(family.caseId(), "RECOGNIZED");
    }

    @Test
    void rejectionPublishesStatusRejectedAndKeepsTheReasonsHere() {
        Family family = Fixture.admitted(1, 1);

        post(eligibility(family), Roles.CONARE, "{\"outcome\": \"REJECTED\"}")
                .then().statusCode(400).body("errors.field", hasItem("reasons"));

        String decisionId = post(eligibility(family), Roles.CONARE,
                "{\"outcome\": \"REJECTED\", \"reasons\": \"No well-founded fear established\"}")
                .then().statusCode(201)
                .body("outcome", equalTo("REJECTED"))
                .body("challengeState", equalTo("OPEN"))
                .body("caseStatus", equalTo("REJECTED"))
                .extract().path("decisionId");

        try (EventLog log = EventLog.of(Topics.DECISION)) {
            StatusRejected rejected = log.awaitOne(StatusRejected.class, family.caseId());
            assertEquals(UUID.fromString(decisionId), rejected.decisionId());
            assertEquals(family.memberIds(), rejected.memberIds());
            assertFalse(log.records().stream().filter(r -> family.caseId().toString().equals(r.key()))
                    .anyMatch(r -> r.value().contains("well-founded")), "the reasons stay here");

            String notification = "/api/v1/decisions/" + decisionId + "/notification";
            post(notification, Roles.ONPAR_ELIGIBILITY, """
                    {"notifiedOn": "%s", "channel": "POSTAL"}""".formatted(TODAY.minusDays(1)))
                    .then().statusCode(422).body("type", containsString("notified-before-decision"));
            post(notification, Roles.ONPAR_ELIGIBILITY, """
                    {"notifiedOn": "%s", "channel": "POSTAL"}""".formatted(TODAY.plusDays(1)))
                    .then().statusCode(422).body("type", containsString("notified-in-the-future"));
            post(notification, Roles.ONPAR_ELIGIBILITY, "{\"notifiedOn\": \"%s\", \"channel\": \"PIGEON\"}"
                    .formatted(TODAY)).then().statusCode(400).body("errors[0].field", equalTo("channel"));
            post(notification, Roles.CONARE, """
                    {"notifiedOn": "%s", "channel": "POSTAL"}""".formatted(TODAY)).then().statusCode(403);

            post(notification, Roles.ONPAR_ELIGIBILITY, """
                    {"notifiedOn": "%s", "channel": "LEGAL_REPRESENTATIVE", "acknowledged": true}"""
                    .formatted(TODAY))
                    .then().statusCode(200)
                    .body("resolution", equalTo("REJECTED"))
                    .body("reconsiderationDeadline.name", notNullValue())
                    .body("reconsiderationDeadline.lastDay", notNullValue());
            ResolutionNotifiedV2 notified = log.awaitOne(ResolutionNotifiedV2.class, family.caseId());
            assertEquals(ResolutionKind.REJECTED, notified.resolution());
            assertEquals(UUID.fromString(decisionId), notified.decisionId());
            assertEquals(family.memberIds(), notified.memberIds());
        }
        given().auth().oauth2(Tokens.of(Roles.MINISTER))
                .when().get("/api/v1/decisions/" + decisionId)
                .then().statusCode(200)
                .body("reasons", equalTo("No well-founded fear established"))
                .body("notification.channel", equalTo("LEGAL_REPRESENTATIVE"))
                .body("notification.acknowledged", equalTo(true));
    }

    @Test
    void aFamilyMemberCanBeDecidedApartFromThePrincipal() {
        Family family = Fixture.admitted(2, 1);
        UUID child = family.memberIds().get(2);

        String first = post(eligibility(family), Roles.CONARE, """
                {"outcome": "RECOGNIZED", "legalBasis": "CONVENTION_1951", "ground": "GENDER_BASED",
                 "reasons": "Risk of forced recruitment", "memberIds": ["%s"]}""".formatted(child))
                .then().statusCode(201)
                .body("memberIds", equalTo(List.of(child.toString())))
                .body("caseStatus", equalTo("ADMITTED"))
                .extract().path("decisionId");

        post(eligibility(family), Roles.CONARE, """
                {"outcome": "REJECTED", "reasons": "again", "memberIds": ["%s"]}""".formatted(child))
                .then().statusCode(409).body("type", containsString("member-already-decided"));
        post(eligibility(family), Roles.CONARE, """
                {"outcome": "REJECTED", "reasons": "who?", "memberIds": ["%s"]}""".formatted(UUID.randomUUID()))
                .then().statusCode(422).body("type", containsString("not-a-member"));

        post(eligibility(family), Roles.CONARE, """
                {"outcome": "REJECTED", "reasons": "Not credible"}""")
                .then().statusCode(201)
                .body("memberIds", equalTo(List.of(family.memberIds().get(0).toString(),
                        family.memberIds().get(1).toString())))
                .body("caseStatus", equalTo("REJECTED"));

        try (EventLog log = EventLog.of(Topics.DECISION)) {
            StatusRecognized recognized = log.awaitOne(StatusRecognized.class, family.caseId());
            assertEquals(UUID.fromString(first), recognized.decisionId());
            assertEquals(List.of(child), recognized.memberIds());
            StatusRejected rejected = log.awaitOne(StatusRejected.class, family.caseId());
            assertEquals(family.memberIds().subList(0, 2), rejected.memberIds());
        }
        given().auth().oauth2(Tokens.of(Roles.CONARE))
                .when().get("/api/v1/cases/" + family.caseId())
                .then().statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("members.outcome", equalTo(List.of("REJECTED", "REJECTED", "RECOGNIZED")))
                .body("decisions.size()", equalTo(3));
        post(eligibility(family), Roles.CONARE, "{\"outcome\": \"REJECTED\", \"reasons\": \"x\"}")
                .then().statusCode(409).body("type", containsString("illegal-transition"));
    }

    @Test
    void eligibilityComesOnlyAfterAdmissionAndOnlyFromConare() {
        Family family = Fixture.readyForAdmissibility(1, 0);
        String body = "{\"outcome\": \"RECOGNIZED\", \"legalBasis\": \"WIDER_DEFINITION\", "
                + "\"ground\": \"GENERALISED_VIOLENCE\"}";
        post(eligibility(family), Roles.CONARE, body)
                .then().statusCode(409).body("currentState", equalTo("READY_FOR_ADMISSIBILITY"));
        post(eligibility(family), Roles.ONPAR_ELIGIBILITY, body).then().statusCode(403);
        post(eligibility(family), Roles.MINISTER, body).then().statusCode(403);
    }

    @Test
    void aRecognitionNamesItsLegalBasisAndAGroundOfThatBasis() {
        Family family = Fixture.admitted(1, 0);
        post(eligibility(family), Roles.CONARE, "{\"outcome\": \"RECOGNIZED\"}")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("legalBasis"));
        post(eligibility(family), Roles.CONARE,
                "{\"outcome\": \"RECOGNIZED\", \"legalBasis\": \"CONVENTION_1951\", \"ground\": \"INTERNAL_CONFLICT\"}")
                .then().statusCode(400).body("errors.field", hasItem("ground"));
        post(eligibility(family), Roles.CONARE,
                "{\"outcome\": \"RECOGNIZED\", \"legalBasis\": \"WIDER_DEFINITION\", \"ground\": \"INTERNAL_CONFLICT\"}")
                .then().statusCode(201).body("legalBasis", equalTo("WIDER_DEFINITION"));
    }
}
