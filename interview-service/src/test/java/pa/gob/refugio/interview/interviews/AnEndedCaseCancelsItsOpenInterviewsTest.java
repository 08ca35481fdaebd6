package pa.gob.refugio.interview.interviews;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.Topics;
import pa.gob.refugio.events.interview.InterviewCancelled;
import pa.gob.refugio.events.interview.InterviewScheduled;
import pa.gob.refugio.events.registration.ApplicationAbandoned;
import pa.gob.refugio.events.registration.ApplicationRegistered;
import pa.gob.refugio.events.registration.ApplicationWithdrawn;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.EventLog;
import pa.gob.refugio.testing.RealInfrastructureResource;
import pa.gob.refugio.testing.Tokens;

@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class,
        initArgs = @ResourceArg(name = "database", value = "interview"))
class AnEndedCaseCancelsItsOpenInterviewsTest {

    private static final Duration WAIT = Duration.ofSeconds(120);

    @Test
    void aWithdrawnApplicationCancelsTheInterviewsStillOpenAndKeepsTheHeldOnes() {
        ApplicationRegistered registered = Family.registered();
        Publish.event(registered);
        try (EventLog log = EventLog.of(Topics.INTERVIEW)) {
            List<InterviewScheduled> scheduled = log.await(InterviewScheduled.class, registered.caseId(), 2, WAIT);
            Family.complete(scheduled.get(0).interviewId(), "Relato");

            Publish.event(new ApplicationWithdrawn(EventMetadata.create(ApplicationWithdrawn.class,
                    registered.caseId(), registered.metadata().causing(), Instant.now()), LocalDate.now()));
            InterviewCancelled cancelled = log.awaitOne(InterviewCancelled.class, registered.caseId());
            assertEquals(scheduled.get(1).interviewId(), cancelled.interviewId());
            assertEquals(InterviewCancelled.Reason.APPLICATION_WITHDRAWN, cancelled.reason());
        }
        assertEquals(List.of("COMPLETED", "CANCELLED"), Family.interviewsOf(registered.caseId()).getList("status"));

        given().auth().oauth2(Tokens.of(Roles.ONPAR_ELIGIBILITY)).contentType("application/json")
                .body(Family.completion("Tarde"))
                .when().post("/api/v1/interviews/" + scheduled(registered, 1) + "/completion")
                .then().statusCode(409);
        given().auth().oauth2(Tokens.of(Roles.ONPAR_ELIGIBILITY)).contentType("application/json")
                .body("{\"memberId\": \"" + Family.adults(registered).get(0) + "\", \"reason\": \"Ampliar\"}")
                .when().post("/api/v1/cases/" + registered.caseId() + "/extension-interviews")
                .then().statusCode(409);
    }

    @Test
    void anAbandonedApplicationCancelsEveryOpenInterview() {
        ApplicationRegistered registered = Family.registered();
        Publish.event(registered);
        try (EventLog log = EventLog.of(Topics.INTERVIEW)) {
            List<InterviewScheduled> scheduled = log.await(InterviewScheduled.class, registered.caseId(), 2, WAIT);
            ApplicationAbandoned abandoned = new ApplicationAbandoned(EventMetadata.create(ApplicationAbandoned.class,
                    registered.caseId(), registered.metadata().causing(), Instant.now()), LocalDate.now(), "SNM");
            Publish.event(abandoned);
            Publish.event(abandoned); // redelivered: nothing more happens
            List<InterviewCancelled> cancelled = log.await(InterviewCancelled.class, registered.caseId(), 2, WAIT);
            assertEquals(scheduled.stream().map(InterviewScheduled::interviewId).collect(Collectors.toSet()),
                    cancelled.stream().map(InterviewCancelled::interviewId).collect(Collectors.toSet()));
            assertEquals(Set.of(InterviewCancelled.Reason.APPLICATION_ABANDONED),
                    cancelled.stream().map(InterviewCancelled::reason).collect(Collectors.toSet()));
        }
        assertEquals(List.of("CANCELLED", "CANCELLED"), Family.interviewsOf(registered.caseId()).getList("status"));
    }

    private static String scheduled(ApplicationRegistered registered, int index) {
        return Family.interviewsOf(registered.caseId()).getString("[" + index + "].interviewId");
    }
}
