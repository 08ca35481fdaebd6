package pa.gob.refugio.decision;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static pa.gob.refugio.decision.Fixture.post;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.decision.Fixture.Family;
import pa.gob.refugio.events.Topics;
import pa.gob.refugio.events.appeals.AppealDenied;
import pa.gob.refugio.events.appeals.AppealGranted;
import pa.gob.refugio.events.appeals.ChallengeWindowLapsed;
import pa.gob.refugio.events.appeals.ChallengeWindowLapsed.Window;
import pa.gob.refugio.events.appeals.ReconsiderationGranted;
import pa.gob.refugio.events.decision.ApplicationAdmitted;
import pa.gob.refugio.events.decision.RejectionBecameFinal;
import pa.gob.refugio.events.decision.RejectionBecameFinalV2;
import pa.gob.refugio.events.decision.StatusRecognized;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.EventLog;
import pa.gob.refugio.testing.RealInfrastructureResource;
import pa.gob.refugio.testing.Tokens;

@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class,
        initArgs = @ResourceArg(name = "database", value = "decision"))
class ChallengeOutcomesReachTheDecisionTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 13);

    @Inject
    DataSource db;

    static UUID reject(Family family, UUID... members) {
        String ids = members.length == 0 ? "" : ", \"memberIds\": [\"" + String.join("\", \"",
                java.util.Arrays.stream(members).map(UUID::toString).toList()) + "\"]";
        return UUID.fromString(post("/api/v1/cases/" + family.caseId() + "/eligibility", Roles.CONARE,
                "{\"outcome\": \"REJECTED\", \"reasons\": \"Not credible\"" + ids + "}")
                .then().statusCode(201).extract().path("decisionId"));
    }

    @Test
    void aGrantedReconsiderationRecognisesTheRejectedMembersOnceEvenIfRedelivered() {
        Family family = Fixture.admitted(2, 0);
        UUID rejection = reject(family);

        ReconsiderationGranted granted = new ReconsiderationGranted(
                Fixture.meta(ReconsiderationGranted.class, family.caseId()), UUID.randomUUID(), rejection, DAY);
        Publish.event(granted);
        Publish.event(granted);
        ReconsiderationGranted grantedAgain = new ReconsiderationGranted(
                Fixture.meta(ReconsiderationGranted.class, family.caseId()), granted.reconsiderationId(), rejection,
                DAY);
        Publish.event(grantedAgain);
        Fixture.awaitProcessed(db, grantedAgain.eventId());

        try (EventLog log = EventLog.of(Topics.DECISION)) {
            StatusRecognized recognized = log.awaitOne(StatusRecognized.class, family.caseId());
            assertEquals("RECONSIDERATION_GRANTED", recognized.legalBasis());
            assertEquals(family.memberIds(), recognized.memberIds());
            assertEquals(DAY, recognized.decidedOn());
        }
        assertEquals(1, Fixture.published(db, "StatusRecognized", family.caseId()));
        given().auth().oauth2(Tokens.of(Roles.CONARE)).when().get("/api/v1/decisions/" + rejection)
                .then().statusCode(200).body("challengeState", equalTo("OVERTURNED"))
                .body("caseStatus", equalTo("RECOGNIZED"));
    }

    @Test
    void aGrantedReconsiderationOfANonAdmissionAdmitsTheCase() {
        Family family = Fixture.readyForAdmissibility(1, 2);
        UUID notAdmitted = UUID.fromString(post("/api/v1/cases/" + family.caseId() + "/admissibility",
                Roles.ONPAR_ELIGIBILITY, "{\"outcome\": \"NOT_ADMITTED\", \"ground\": \"FRAUDULENT\", "
                        + "\"reasons\": \"Forged documents\"}")
                .then().statusCode(201).extract().path("decisionId"));

        Publish.event(new ReconsiderationGranted(Fixture.meta(ReconsiderationGranted.class, family.caseId()),
                UUID.randomUUID(), notAdmitted, DAY));

        try (EventLog log = EventLog.of(Topics.DECISION)) {
            ApplicationAdmitted admitted = log.awaitOne(ApplicationAdmitted.class, family.caseId());
            assertEquals(family.memberIds(), admitted.memberIds());
        }
        Fixture.awaitStatus(family.caseId(), "ADMITTED");
        post("/api/v1/cases/" + family.caseId() + "/eligibility", Roles.CONARE,
                "{\"outcome\": \"RECOGNIZED\", \"legalBasis\": \"CONVENTION_1951\"}").then().statusCode(201);
    }

    @Test
    void aGrantedAppealRecognises() {
        Family family = Fixture.admitted(1, 1);
        UUID rejection = reject(family);
        Publish.event(new AppealGranted(Fixture.meta(AppealGranted.class, family.caseId()), UUID.randomUUID(),
                rejection, DAY));
        try (EventLog log = EventLog.of(Topics.DECISION)) {
            StatusRecognized recognized = log.awaitOne(StatusRecognized.class, family.caseId());
            assertEquals("APPEAL_GRANTED", recognized.legalBasis());
            assertEquals(family.memberIds(), recognized.memberIds());
        }
        Fixture.awaitStatus(family.caseId(), "RECOGNIZED");
    }

    @Test
    void aDeniedAppealMakesTheRejectionFinal() {
        Family family = Fixture.admitted(1, 0);
        UUID rejection = reject(family);
        Publish.event(new AppealDenied(Fixture.meta(AppealDenied.class, family.caseId()), UUID.randomUUID(),
                rejection, DAY));
        try (EventLog log = EventLog.of(Topics.DECISION)) {
            RejectionBecameFinalV2 finalRejection = log.awaitOne(RejectionBecameFinalV2.class, family.caseId());
            assertEquals(rejection, finalRejection.decisionId());
            assertEquals(RejectionBecameFinal.Cause.APPEAL_DENIED, finalRejection.cause());
            assertEquals(DAY, finalRejection.finalOn());
        }
        Fixture.awaitStatus(family.caseId(), "FINALLY_REJECTED");
    }

    @Test
    void aLapsedWindowMakesTheRejectionFinalExactlyOnce() {
        Family family = Fixture.admitted(2, 0);
        UUID principal = reject(family, family.principal());
        UUID partner = reject(family, family.memberIds().get(1));

        ChallengeWindowLapsed reconsideration = new ChallengeWindowLapsed(
                Fixture.meta(ChallengeWindowLapsed.class, family.caseId()), principal, Window.RECONSIDERATION, DAY);
        Publish.event(reconsideration);
        Publish.event(reconsideration);
        ChallengeWindowLapsed appeal = Publish.event(new ChallengeWindowLapsed(
                Fixture.meta(ChallengeWindowLapsed.class, family.caseId()), principal, Window.APPEAL, DAY));
        Fixture.awaitProcessed(db, appeal.eventId());

        try (EventLog log = EventLog.of(Topics.DECISION)) {
            RejectionBecameFinalV2 finalRejection = log.awaitOne(RejectionBecameFinalV2.class, family.caseId());
            assertEquals(principal, finalRejection.decisionId());
            assertEquals(RejectionBecameFinal.Cause.RECONSIDERATION_WINDOW_LAPSED, finalRejection.cause());
            assertEquals(DAY.plusDays(1), finalRejection.finalOn());
            assertEquals(List.of(family.principal()), finalRejection.memberIds());
        }
        assertEquals(1, Fixture.published(db, "RejectionBecameFinal", 2, family.caseId()));
        given().auth().oauth2(Tokens.of(Roles.MINISTER)).when().get("/api/v1/cases/" + family.caseId())
                .then().statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("members.outcome", equalTo(List.of("FINALLY_REJECTED", "REJECTED")));

        ChallengeWindowLapsed partnerLapsed = Publish.event(new ChallengeWindowLapsed(
                Fixture.meta(ChallengeWindowLapsed.class, family.caseId()), partner, Window.RECONSIDERATION, DAY));
        Fixture.awaitProcessed(db, partnerLapsed.eventId());
        assertEquals(2, Fixture.published(db, "RejectionBecameFinal", 2, family.caseId()));
        Fixture.awaitStatus(family.caseId(), "FINALLY_REJECTED");
    }

    @Test
    void anOutcomeForADecisionNeverTakenHereIsRecordedAsRefusedNotDeadLettered() {
        Family family = Fixture.admitted(1, 0);
        AppealDenied stray = Publish.event(new AppealDenied(Fixture.meta(AppealDenied.class, family.caseId()),
                UUID.randomUUID(), UUID.randomUUID(), DAY));
        Fixture.awaitProcessed(db, stray.eventId());
        assertEquals(1, Fixture.count(db, "select count(*) from refused_event where event_id = ?", stray.eventId()),
                "a rule's refusal is business state for operations (GET /api/v1/operations/refused-events)");
        Fixture.awaitStatus(family.caseId(), "ADMITTED");
    }

    @Test
    void healthAndOpenApiAreServed() {
        given().when().get("/q/health/ready").then().statusCode(200);
        String openapi = given().when().get("/q/openapi").then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(openapi.contains("/api/v1/cases/{caseId}/admissibility"));
        org.junit.jupiter.api.Assertions.assertTrue(openapi.contains("/api/v1/decisions/{decisionId}/notification"));
    }
}
