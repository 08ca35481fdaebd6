package pa.gob.refugio.interview.interviews;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.events.Topics;
import pa.gob.refugio.events.interview.CaseReadyForDecision;
import pa.gob.refugio.events.interview.ExtensionInterviewCalled;
import pa.gob.refugio.events.interview.InterviewNoShow;
import pa.gob.refugio.events.interview.InterviewRescheduled;
import pa.gob.refugio.events.interview.InterviewScheduled;
import pa.gob.refugio.events.registration.ApplicationRegistered;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.EventLog;
import pa.gob.refugio.testing.RealInfrastructureResource;
import pa.gob.refugio.testing.Tokens;

@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class,
        initArgs = @ResourceArg(name = "database", value = "interview"))
class InterviewsCanBeRescheduledMissedAndExtendedTest {

    private static final Duration WAIT = Duration.ofSeconds(120);

    @Test
    void aRescheduledInterviewMovesToTheNextFreeSlotAndAMissedOneCanBeRescheduled() {
        ApplicationRegistered registered = Family.registered();
        Publish.event(registered);
        UUID caseId = registered.caseId();
        try (EventLog log = EventLog.of(Topics.INTERVIEW)) {
            List<InterviewScheduled> scheduled = log.await(InterviewScheduled.class, caseId, 2, WAIT);
            InterviewScheduled atSeven = scheduled.stream()
                    .filter(s -> s.scheduledAt().equals(Family.nextBusinessDayAt(7))).findFirst().orElseThrow();
            InterviewScheduled atEight = scheduled.stream()
                    .filter(s -> s.scheduledAt().equals(Family.nextBusinessDayAt(8))).findFirst().orElseThrow();

            // 07:00 is its own slot and 08:00 the other adult's: the next free one is 09:00
            String reason = "La solicitante pidió otra fecha por una cita médica";
            given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION)).contentType("application/json")
                    .body("{\"reason\": \"" + reason + "\"}")
                    .when().post("/api/v1/interviews/" + atSeven.interviewId() + "/reschedule")
                    .then().statusCode(200)
                    .body("status", equalTo("SCHEDULED"))
                    .body("scheduledAt", containsString(Family.nextBusinessDayAt(9).toLocalDate() + "T09:00"))
                    .body("rescheduleCount", equalTo(1));
            InterviewRescheduled moved = log.awaitOne(InterviewRescheduled.class, caseId);
            assertEquals(atSeven.interviewId(), moved.interviewId());
            assertEquals(Family.nextBusinessDayAt(7), moved.previousScheduledAt());
            assertEquals(Family.nextBusinessDayAt(9), moved.scheduledAt());
            assertFalse(moved.afterNoShow());

            // the other adult does not come; a missed interview cannot be completed, only rescheduled
            given().auth().oauth2(Tokens.of(Roles.ONPAR_ELIGIBILITY))
                    .when().post("/api/v1/interviews/" + atEight.interviewId() + "/no-show")
                    .then().statusCode(200).body("status", equalTo("NO_SHOW"));
            InterviewNoShow noShow = log.awaitOne(InterviewNoShow.class, caseId);
            assertEquals(atEight.memberId(), noShow.memberId());
            assertEquals(Family.nextBusinessDayAt(8), noShow.scheduledAt());
            given().auth().oauth2(Tokens.of(Roles.ONPAR_ELIGIBILITY)).contentType("application/json")
                    .body(Family.completion("x"))
                    .when().post("/api/v1/interviews/" + atEight.interviewId() + "/completion")
                    .then().statusCode(409).contentType("application/problem+json");
            given().auth().oauth2(Tokens.of(Roles.ONPAR_ELIGIBILITY))
                    .when().post("/api/v1/interviews/" + atEight.interviewId() + "/no-show")
                    .then().statusCode(409);

            // 07:00 was given back: the missed interview takes it
            given().auth().oauth2(Tokens.of(Roles.ONPAR_ELIGIBILITY)).contentType("application/json")
                    .body("{\"reason\": \"No se presentó\"}")
                    .when().post("/api/v1/interviews/" + atEight.interviewId() + "/reschedule")
                    .then().statusCode(200).body("status", equalTo("SCHEDULED"));
            InterviewRescheduled afterNoShow = log.await(InterviewRescheduled.class, caseId, 2, WAIT).get(1);
            assertTrue(afterNoShow.afterNoShow());
            assertEquals(Family.nextBusinessDayAt(7), afterNoShow.scheduledAt());

            log.records().forEach(r -> assertFalse(r.value().contains("médica"), "reasons stay in the service"));
        }
    }

    @Test
    void anExtensionInterviewHoldsTheDecisionUntilItIsHeldAndThenTheCaseIsReadyAgain() {
        ApplicationRegistered registered = Family.registered();
        Publish.event(registered);
        UUID caseId = registered.caseId();
        UUID principal = Family.adults(registered).get(0);
        try (EventLog log = EventLog.of(Topics.INTERVIEW)) {
            List<InterviewScheduled> scheduled = log.await(InterviewScheduled.class, caseId, 2, WAIT);
            Family.complete(scheduled.get(0).interviewId(), "Relato 1");
            Family.complete(scheduled.get(1).interviewId(), "Relato 2");
            log.awaitOne(CaseReadyForDecision.class, caseId);

            String extensionId = given().auth().oauth2(Tokens.of(Roles.ONPAR_ELIGIBILITY))
                    .contentType("application/json")
                    .body("{\"memberId\": \"" + principal + "\", \"reason\": \"Contradicciones sobre la ruta\"}")
                    .when().post("/api/v1/cases/" + caseId + "/extension-interviews")
                    .then().statusCode(201)
                    .body("kind", equalTo("EXTENSION"))
                    .body("status", equalTo("SCHEDULED"))
                    .body("memberId", equalTo(principal.toString()))
                    .extract().path("interviewId");
            ExtensionInterviewCalled called = log.awaitOne(ExtensionInterviewCalled.class, caseId);
            assertEquals(UUID.fromString(extensionId), called.interviewId());
            InterviewScheduled extension = log.await(InterviewScheduled.class, caseId, 3, WAIT).get(2);
            assertEquals(UUID.fromString(extensionId), extension.interviewId());
            assertTrue(Family.withinOfficeHoursOnABusinessDay(extension.scheduledAt()));
            assertTrue(extension.scheduledAt().isAfter(LocalDateTime.now(Family.PANAMA)));

            // one open interview per member at a time
            given().auth().oauth2(Tokens.of(Roles.ONPAR_ELIGIBILITY)).contentType("application/json")
                    .body("{\"memberId\": \"" + principal + "\", \"reason\": \"Otra\"}")
                    .when().post("/api/v1/cases/" + caseId + "/extension-interviews")
                    .then().statusCode(409).contentType("application/problem+json");

            Family.complete(UUID.fromString(extensionId), "Ampliación");
            List<CaseReadyForDecision> readiness = log.await(CaseReadyForDecision.class, caseId, 2, WAIT);
            assertEquals(Family.adults(registered), readiness.get(1).interviewedMemberIds());
        }
        List<String> kinds = Family.interviewsOf(caseId).getList("kind");
        assertEquals(List.of("INDIVIDUAL", "INDIVIDUAL", "EXTENSION"), kinds);
    }

    @Test
    void anExtensionIsForAMemberOfTheCaseAndOnlyOnparEligibilityCallsIt() {
        ApplicationRegistered registered = Family.registered();
        Publish.event(registered);
        try (EventLog log = EventLog.of(Topics.INTERVIEW)) {
            log.await(InterviewScheduled.class, registered.caseId(), 2, WAIT);
        }
        String body = "{\"memberId\": \"" + UUID.randomUUID() + "\", \"reason\": \"Ampliar\"}";
        given().auth().oauth2(Tokens.of(Roles.ONPAR_ELIGIBILITY)).contentType("application/json").body(body)
                .when().post("/api/v1/cases/" + registered.caseId() + "/extension-interviews")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", containsString("unknown-member"));
        given().auth().oauth2(Tokens.of(Roles.ONPAR_ELIGIBILITY)).contentType("application/json").body(body)
                .when().post("/api/v1/cases/" + UUID.randomUUID() + "/extension-interviews")
                .then().statusCode(404);
        given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION)).contentType("application/json").body(body)
                .when().post("/api/v1/cases/" + registered.caseId() + "/extension-interviews")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.of(Roles.ONPAR_ELIGIBILITY)).contentType("application/json")
                .body("{\"reason\": \"\"}")
                .when().post("/api/v1/cases/" + registered.caseId() + "/extension-interviews")
                .then().statusCode(400);
    }
}
