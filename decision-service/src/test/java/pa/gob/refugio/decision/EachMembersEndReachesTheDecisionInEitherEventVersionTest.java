package pa.gob.refugio.decision;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
import pa.gob.refugio.events.appeals.ChallengeWindowLapsed.Window;
import pa.gob.refugio.events.appeals.ChallengeWindowLapsedV2;
import pa.gob.refugio.events.decision.RejectionBecameFinal;
import pa.gob.refugio.events.decision.RejectionBecameFinalV2;
import pa.gob.refugio.events.registration.ApplicationAbandoned;
import pa.gob.refugio.events.registration.ApplicationAbandonedV2;
import pa.gob.refugio.events.registration.ApplicationWithdrawnV2;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.EventLog;
import pa.gob.refugio.testing.RealInfrastructureResource;
import pa.gob.refugio.testing.Tokens;

/**
 * The split family: one adult's withdrawal, departure or final rejection ends that adult's procedure only. v2 events
 * name the members; v1 events (from a registration-service not yet upgraded) concern every member still in it.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class,
        initArgs = @ResourceArg(name = "database", value = "decision"))
class EachMembersEndReachesTheDecisionInEitherEventVersionTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 13);

    @Inject
    DataSource db;

    static void awaitOutcomes(Family family, List<String> outcomes) {
        Fixture.await(() -> outcomes.equals(given().auth().oauth2(Tokens.of(Roles.ONPAR_ELIGIBILITY))
                .when().get("/api/v1/cases/" + family.caseId()).then().extract().path("members.outcome")),
                "members of " + family.caseId() + " to be " + outcomes);
    }

    @Test
    void oneAdultWithdrawingLeavesTheOtherAdultsProcedureOpen() {
        Family family = Fixture.admitted(2, 0);
        UUID partner = family.memberIds().get(1);
        Publish.event(new ApplicationWithdrawnV2(Fixture.meta(ApplicationWithdrawnV2.class, family.caseId()),
                List.of(partner), DAY));
        awaitOutcomes(family, List.of("PENDING", "WITHDRAWN"));
        Fixture.awaitStatus(family.caseId(), "ADMITTED");
        Fixture.post("/api/v1/cases/" + family.caseId() + "/eligibility", Roles.CONARE,
                        "{\"outcome\": \"REJECTED\", \"reasons\": \"r\", \"memberIds\": [\"" + partner + "\"]}")
                .then().statusCode(409).body("outcome", equalTo("WITHDRAWN"));
    }

    @Test
    void aDepartureInVersionOneEndsEveryMembersProcedureAndVersionTwoOnlyTheListed() {
        Family v1 = Fixture.admitted(2, 1);
        Publish.event(new ApplicationAbandoned(Fixture.meta(ApplicationAbandoned.class, v1.caseId()), DAY, "SNM"));
        Fixture.awaitStatus(v1.caseId(), "CLOSED");
        awaitOutcomes(v1, List.of("ABANDONED", "ABANDONED", "ABANDONED"));

        Family v2 = Fixture.admitted(2, 1);
        Publish.event(new ApplicationAbandonedV2(Fixture.meta(ApplicationAbandonedV2.class, v2.caseId()),
                List.of(v2.principal(), v2.memberIds().get(2)), DAY, "SNM"));
        awaitOutcomes(v2, List.of("ABANDONED", "PENDING", "ABANDONED"));
        Fixture.awaitStatus(v2.caseId(), "ADMITTED");
    }

    @Test
    void aLapseInVersionTwoMakesTheRejectionFinalForTheRejectedAdultOnly() {
        Family family = Fixture.admitted(2, 0);
        UUID partner = family.memberIds().get(1);
        UUID rejection = ChallengeOutcomesReachTheDecisionTest.reject(family, partner);
        ChallengeWindowLapsedV2 lapsed = Publish.event(new ChallengeWindowLapsedV2(
                Fixture.meta(ChallengeWindowLapsedV2.class, family.caseId()), rejection, List.of(partner),
                Window.RECONSIDERATION, DAY));
        Fixture.awaitProcessed(db, lapsed.eventId());
        try (EventLog log = EventLog.of(Topics.DECISION)) {
            RejectionBecameFinalV2 finalRejection = log.awaitOne(RejectionBecameFinalV2.class, family.caseId());
            assertEquals(List.of(partner), finalRejection.memberIds());
            assertEquals(RejectionBecameFinal.Cause.RECONSIDERATION_WINDOW_LAPSED, finalRejection.cause());
            assertEquals(DAY.plusDays(1), finalRejection.finalOn());
        }
        assertEquals(0, Fixture.published(db, "RejectionBecameFinal", 1, family.caseId()), "v2 only");
        awaitOutcomes(family, List.of("PENDING", "FINALLY_REJECTED"));
        Fixture.awaitStatus(family.caseId(), "ADMITTED");
    }
}
