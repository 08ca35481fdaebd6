package pa.gob.refugio.appeals;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.appeals.challenge.LapseJob;
import pa.gob.refugio.events.EventCatalog;
import pa.gob.refugio.events.Topics;
import pa.gob.refugio.events.appeals.ChallengeWindowLapsed;
import pa.gob.refugio.events.appeals.ReconsiderationWindowOpened;
import pa.gob.refugio.events.decision.ResolutionNotified.ResolutionKind;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.EventLog;
import pa.gob.refugio.testing.RealInfrastructureResource;
import pa.gob.refugio.testing.Tokens;

@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "appeals"))
class UnusedWindowLapsesExactlyOnceTest {

    @Inject
    LapseJob lapseJob;
    @Inject
    EntityManager em;

    @Test
    void twoConcurrentRunsOfTheJobPublishOneLapsePerWindow() throws Exception {
        List<UUID> cases = new ArrayList<>();
        UUID openCase = UUID.randomUUID();
        try (EventLog log = EventLog.of(Topics.APPEALS)) {
            for (int i = 0; i < 5; i++) {
                UUID caseId = UUID.randomUUID();
                cases.add(caseId);
                // notified Monday 2 February 2026: last day Monday 9 February
                Publish.event(Publish.notified(caseId, UUID.randomUUID(), ResolutionKind.REJECTED,
                        LocalDate.of(2026, 2, 2)));
            }
            Publish.event(Publish.notified(openCase, UUID.randomUUID(), ResolutionKind.REJECTED, Publish.today()));
            for (UUID caseId : cases) {
                log.awaitOne(ReconsiderationWindowOpened.class, caseId);
            }
            log.awaitOne(ReconsiderationWindowOpened.class, openCase);

            CountDownLatch start = new CountDownLatch(1);
            CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> run(start));
            CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> run(start));
            start.countDown();
            int lapsed = first.get() + second.get();
            assertTrue(lapsed >= cases.size(), "both runs together lapsed every overdue window: " + lapsed);
            assertEquals(0, lapseJob.lapseOverdueWindows(), "nothing left to lapse");

            for (UUID caseId : cases) {
                ChallengeWindowLapsed event = log.awaitOne(ChallengeWindowLapsed.class, caseId);
                assertEquals(ChallengeWindowLapsed.Window.RECONSIDERATION, event.window());
                assertEquals(LocalDate.of(2026, 2, 9), event.lastDay());
                assertEquals(1L, outboxed(ChallengeWindowLapsed.class, caseId), "one lapse event for " + caseId);
            }
            assertEquals(0L, outboxed(ChallengeWindowLapsed.class, openCase), "a window still running stays open");
        }
        UUID lapsedCase = cases.get(0);
        given().auth().oauth2(Tokens.of(Roles.ONPAR_ELIGIBILITY))
                .when().get("/api/v1/cases/" + lapsedCase + "/challenges")
                .then().statusCode(200)
                .body("windows[0].status", equalTo("LAPSED"))
                .body("administrativeRouteExhausted", equalTo(true));
        given().auth().oauth2(Tokens.of(Roles.ONPAR_ELIGIBILITY))
                .when().get("/api/v1/cases/" + openCase + "/challenges")
                .then().statusCode(200).body("windows[0].status", equalTo("OPEN"));

        String decisionId = given().auth().oauth2(Tokens.of(Roles.ONPAR_ELIGIBILITY))
                .when().get("/api/v1/cases/" + lapsedCase + "/challenges")
                .then().extract().path("windows[0].decisionId");
        // a filing after the lapse is late: 422 naming the deadline; a back-dated one in time is a conflict
        given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION)).contentType("application/json")
                .body("{\"decisionId\": \"" + decisionId + "\", \"grounds\": \"late\"}")
                .when().post("/api/v1/cases/" + lapsedCase + "/reconsiderations")
                .then().statusCode(422).body("deadline.lastDay", equalTo("2026-02-09"));
        given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION)).header("Accept-Language", "en").contentType("application/json")
                .body("{\"decisionId\": \"" + decisionId + "\", \"filedOn\": \"2026-02-09\", \"grounds\": \"x\"}")
                .when().post("/api/v1/cases/" + lapsedCase + "/reconsiderations")
                .then().statusCode(409).body("detail", containsString("lapsed"));

        // the rejection is final: the judicial review may be recorded
        given().auth().oauth2(Tokens.of(Roles.ONPAR_ELIGIBILITY)).contentType("application/json")
                .body("{\"filedOn\": \"" + Publish.today() + "\", \"courtReference\": \"CSJ-SALA3-2026-077\"}")
                .when().post("/api/v1/cases/" + lapsedCase + "/judicial-reviews")
                .then().statusCode(201).body("decisionId", equalTo(decisionId));
    }

    private int run(CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return lapseJob.lapseOverdueWindows();
    }

    private long outboxed(Class<ChallengeWindowLapsed> type, UUID caseId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "select count(*) from outbox_event where event_type = ?1 and event_key = ?2")
                .setParameter(1, EventCatalog.cloudEventType(type))
                .setParameter(2, caseId.toString())
                .getSingleResult()).longValue());
    }
}
