package pa.gob.refugio.registration;

import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.events.appeals.ChallengeWindowLapsed;
import pa.gob.refugio.events.appeals.ChallengeWindowReinstated;
import pa.gob.refugio.events.decision.FinalRejectionReversed;
import pa.gob.refugio.events.decision.RejectionBecameFinal;
import pa.gob.refugio.events.decision.StatusRejected;
import pa.gob.refugio.testing.RealInfrastructureResource;

/** A lapse undone in appeals-service: the timeline shows it and the case closed by the final rejection reopens. */
@QuarkusTest
@WithTestResource(RealInfrastructureResource.class)
class AReversedFinalRejectionReopensTheCaseTest {

    @Test
    void theTimelineShowsTheReinstatementAndTheCaseIsOpenAgain() {
        JsonPath registered = Families.register(Families.family("ONPAR Balboa"));
        UUID caseId = Families.caseId(registered);
        // every member rejected (a case closes only when nobody remains in the procedure)
        List<UUID> members = registered.getList("application.members.memberId", String.class).stream()
                .map(UUID::fromString).toList();
        UUID decision = UUID.randomUUID();
        LocalDate today = LocalDate.now();
        Publish.event(new StatusRejected(CaseStatusShowsTheTimelineFromEveryServiceTest.meta(StatusRejected.class,
                caseId), decision, members, today.minusDays(10)));
        Publish.event(new RejectionBecameFinal(CaseStatusShowsTheTimelineFromEveryServiceTest.meta(
                RejectionBecameFinal.class, caseId), decision, RejectionBecameFinal.Cause.RECONSIDERATION_WINDOW_LAPSED,
                today.minusDays(1)));
        CaseStatusShowsTheTimelineFromEveryServiceTest.statusWhen(caseId, s -> "CLOSED".equals(s.getString("status")));

        {
            Publish.event(new ChallengeWindowReinstated(CaseStatusShowsTheTimelineFromEveryServiceTest.meta(
                    ChallengeWindowReinstated.class, caseId), decision, members,
                    ChallengeWindowLapsed.Window.RECONSIDERATION, ChallengeWindowReinstated.Cause.SUPERVISOR,
                    today.minusDays(2), today.plusDays(7), today));
            FinalRejectionReversed reversed = new FinalRejectionReversed(
                    CaseStatusShowsTheTimelineFromEveryServiceTest.meta(FinalRejectionReversed.class, caseId),
                    decision, members, RejectionBecameFinal.Cause.RECONSIDERATION_WINDOW_LAPSED,
                    today.minusDays(1), today);
            Publish.event(reversed);
            Publish.event(reversed);
            // the two events travel on two topics (appeals, decision): wait until both are in the timeline
            JsonPath open = CaseStatusShowsTheTimelineFromEveryServiceTest.statusWhen(caseId,
                    s -> "REGISTERED".equals(s.getString("status"))
                            && s.getList("timeline.type").contains("ChallengeWindowReinstated"));
            Assertions.assertEquals("REGISTERED", open.getString("status"));
            Assertions.assertEquals("WINDOW_REINSTATED", open.getString("phase"));
            org.hamcrest.MatcherAssert.assertThat(open.getList("timeline.type"),
                    hasItems("RejectionBecameFinal", "ChallengeWindowReinstated", "FinalRejectionReversed"));
            io.restassured.RestAssured.given().auth().oauth2(pa.gob.refugio.testing.Tokens.of(
                            pa.gob.refugio.security.Roles.ONPAR_REGISTRATION))
                    .when().get("/api/v1/applications/" + caseId).then().statusCode(200);
        }
    }
}
