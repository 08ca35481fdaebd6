package pa.gob.refugio.interview.interviews;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.Topics;
import pa.gob.refugio.events.interview.InterviewScheduled;
import pa.gob.refugio.events.registration.ApplicationRegistered;
import pa.gob.refugio.rules.calendar.BusinessCalendar;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.EventLog;
import pa.gob.refugio.testing.RealInfrastructureResource;
import pa.gob.refugio.testing.Tokens;

@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class,
        initArgs = @ResourceArg(name = "database", value = "interview"))
class RegisteredFamilyGetsOneInterviewPerAdultTest {

    @Test
    void eachAdultIsScheduledIndividuallyOnTheNextBusinessDayWithinOfficeHours() {
        ApplicationRegistered registered = Family.registered();
        Publish.event(registered);

        try (EventLog log = EventLog.of(Topics.INTERVIEW)) {
            List<InterviewScheduled> scheduled = log.await(InterviewScheduled.class, registered.caseId(), 2,
                    Duration.ofSeconds(120));
            assertEquals(2, scheduled.size());
            assertEquals(Set.copyOf(Family.adults(registered)),
                    scheduled.stream().map(InterviewScheduled::memberId).collect(Collectors.toSet()));
            for (InterviewScheduled s : scheduled) {
                assertTrue(Family.withinOfficeHoursOnABusinessDay(s.scheduledAt()), s.scheduledAt().toString());
                assertEquals(registered.intakeSite(), s.site());
                assertTrue(s.scheduledAt().isAfter(LocalDateTime.now(Family.PANAMA)));
            }
            assertEquals(Set.of(Family.nextBusinessDayAt(7), Family.nextBusinessDayAt(8)),
                    scheduled.stream().map(InterviewScheduled::scheduledAt).collect(Collectors.toSet()));
        }

        JsonPath interviews = Family.interviewsOf(registered.caseId());
        assertEquals(2, interviews.getList("$").size());
        assertEquals(List.of("INDIVIDUAL", "INDIVIDUAL"), interviews.getList("kind"));
        assertEquals(List.of("SCHEDULED", "SCHEDULED"), interviews.getList("status"));
        assertEquals(Set.copyOf(Family.adults(registered).stream().map(UUID::toString).toList()),
                Set.copyOf(interviews.getList("memberId")));
        assertEquals(List.of(registered.intakeSite(), registered.intakeSite()), interviews.getList("site"));
        assertEquals(Family.nextBusinessDayAt(7).toString().substring(0, 16),
                interviews.getString("[0].scheduledAt").substring(0, 16));
    }

    @Test
    void aSiteTakesAtMostEightInterviewsADayAndThenTheNextBusinessDay() {
        String site = "ETRM Lajas Blancas " + UUID.randomUUID().toString().substring(0, 8);
        List<ApplicationRegistered> families = IntStream.range(0, 5)
                .mapToObj(i -> Family.registeredAt(site)).toList();
        families.forEach(f -> Publish.event(f, site)); // one key: processed in this order
        try (EventLog log = EventLog.of(Topics.INTERVIEW)) {
            List<LocalDateTime> slots = new ArrayList<>();
            for (ApplicationRegistered f : families) {
                log.await(InterviewScheduled.class, f.caseId(), 2, Duration.ofSeconds(120))
                        .forEach(s -> slots.add(s.scheduledAt()));
            }
            LocalDateTime first = Family.nextBusinessDayAt(7);
            LocalDateTime second = BusinessCalendar.panama()
                    .nextBusinessDayAfter(first.toLocalDate()).atTime(7, 0);
            List<LocalDateTime> expected = new ArrayList<>();
            for (int h = 0; h < 8; h++) {
                expected.add(first.plusHours(h));
            }
            expected.add(second);
            expected.add(second.plusHours(1));
            assertEquals(expected, slots.stream().sorted().toList());
        }
    }

    @Test
    void aRedeliveredRegistrationSchedulesNothingTwice() {
        ApplicationRegistered registered = Family.registered();
        Publish.event(registered);
        Publish.event(registered); // the same event id again
        // the same case announced again under another event id is ignored too
        Publish.event(new ApplicationRegistered(EventMetadata.create(ApplicationRegistered.class,
                registered.caseId(), registered.metadata().causing(), Instant.now()), registered.caseNumber(),
                registered.intakeSite(), registered.filedOn(), false, registered.members()));
        // a later record on the same partition: once it is processed, the duplicates were too
        ApplicationRegistered later = Family.registered();
        Publish.event(later, registered.caseId().toString());

        try (EventLog log = EventLog.of(Topics.INTERVIEW)) {
            log.await(InterviewScheduled.class, later.caseId(), 2, Duration.ofSeconds(120));
            assertEquals(2, log.matching(InterviewScheduled.class, e -> e.caseId().equals(registered.caseId())).size());
        }
        assertEquals(2, Family.interviewsOf(registered.caseId()).getList("$").size());
    }

    @Test
    void anUnknownCaseIsNotFound() {
        given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION))
                .when().get("/api/v1/cases/" + UUID.randomUUID() + "/interviews")
                .then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404));
        given().auth().oauth2(Tokens.of(Roles.ONPAR_ELIGIBILITY))
                .when().get("/api/v1/interviews/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void onlyOnparMayReadOrRecordInterviews() {
        String caseUrl = "/api/v1/cases/" + UUID.randomUUID() + "/interviews";
        given().when().get(caseUrl).then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2("not-a-token").when().get(caseUrl).then().statusCode(401);
        given().auth().oauth2(Tokens.of(Roles.PARTNER_NGO)).when().get(caseUrl)
                .then().statusCode(403).contentType("application/problem+json");

        String completion = "/api/v1/interviews/" + UUID.randomUUID() + "/completion";
        given().contentType("application/json").body(Family.completion("x"))
                .when().post(completion).then().statusCode(401);
        given().auth().oauth2(Tokens.of(Roles.PARTNER_NGO)).contentType("application/json")
                .body(Family.completion("x")).when().post(completion).then().statusCode(403);
        given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION)).contentType("application/json")
                .body(Family.completion("x")).when().post(completion).then().statusCode(403);
    }

    @Test
    void healthAndOpenApiAreServed() {
        given().when().get("/q/health/ready").then().statusCode(200);
        String openapi = given().when().get("/q/openapi").then().statusCode(200).extract().asString();
        assertTrue(openapi.contains("/api/v1/cases/{caseId}/interviews"));
    }
}
