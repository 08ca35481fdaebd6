package pa.gob.refugio.interview.interviews;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.events.Topics;
import pa.gob.refugio.events.interview.InterviewScheduled;
import pa.gob.refugio.events.registration.ApplicationRegistered;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.EventLog;
import pa.gob.refugio.testing.RealInfrastructureResource;
import pa.gob.refugio.testing.Tokens;

@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class,
        initArgs = @ResourceArg(name = "database", value = "interview"))
class OnparSeesTheInterviewsOfASiteAndDayTest {

    @Test
    void theDaySheetListsEachInterviewWithTimeCaseNumberMembersAndStatus() {
        ApplicationRegistered registered = Family.registered();
        try (EventLog log = EventLog.of(Topics.INTERVIEW)) {
            Publish.event(registered);
            log.await(InterviewScheduled.class, registered.caseId(), 2, Duration.ofSeconds(120));
        }
        String day = Family.nextBusinessDayAt(7).toLocalDate().toString();

        given().auth().oauth2(Tokens.of(Roles.ONPAR_ELIGIBILITY))
                .queryParam("site", registered.intakeSite()).queryParam("date", day)
                .when().get("/api/v1/worklists/interviews")
                .then().statusCode(200)
                .body("site", equalTo(registered.intakeSite()))
                .body("date", equalTo(day))
                .body("total", equalTo(2))
                .body("items.time", contains("07:00", "08:00"))
                .body("items.caseNumber", everyItem(equalTo(registered.caseNumber())))
                .body("items.caseMembers", everyItem(equalTo(4)))
                .body("items.childAppropriate", everyItem(equalTo(false)))
                .body("items.status", everyItem(equalTo("SCHEDULED")))
                .body("items.memberId", org.hamcrest.Matchers.containsInAnyOrder(Family.adults(registered).stream().map(Object::toString)
                        .toArray()));

        given().auth().oauth2(Tokens.of(Roles.OPERATIONS))
                .queryParam("site", registered.intakeSite())
                .queryParam("date", Family.nextBusinessDayAt(7).toLocalDate().plusDays(1).toString())
                .when().get("/api/v1/worklists/interviews")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void otherRolesAreRefusedAndTheDayIsRequired() {
        for (String role : List.of(Roles.CONARE, Roles.SNM, Roles.MINISTER, Roles.PARTNER_NGO, Roles.OVERSIGHT)) {
            given().auth().oauth2(Tokens.of(role)).queryParam("site", "BALBOA").queryParam("date", "2026-12-01")
                    .when().get("/api/v1/worklists/interviews").then().statusCode(403);
        }
        given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION)).queryParam("site", "BALBOA")
                .when().get("/api/v1/worklists/interviews").then().statusCode(400);
    }
}
