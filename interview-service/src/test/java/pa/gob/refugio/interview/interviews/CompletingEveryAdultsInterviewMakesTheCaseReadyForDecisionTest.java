package pa.gob.refugio.interview.interviews;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.events.EventCatalog;
import pa.gob.refugio.events.Topics;
import pa.gob.refugio.events.interview.CaseReadyForDecision;
import pa.gob.refugio.events.interview.ExtensionInterviewCalled;
import pa.gob.refugio.events.interview.InterviewCompleted;
import pa.gob.refugio.events.interview.InterviewNoShow;
import pa.gob.refugio.events.interview.InterviewScheduled;
import pa.gob.refugio.events.registration.ApplicationRegistered;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.EventLog;
import pa.gob.refugio.testing.RealInfrastructureResource;
import pa.gob.refugio.testing.Tokens;

@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class,
        initArgs = @ResourceArg(name = "database", value = "interview"))
class CompletingEveryAdultsInterviewMakesTheCaseReadyForDecisionTest {

    @Test
    void theCaseIsReadyOnceBothAdultsAreInterviewedAndNotBefore() {
        ApplicationRegistered registered = Family.registered();
        Publish.event(registered);
        UUID caseId = registered.caseId();
        String summary = "Relato confidencial " + UUID.randomUUID();

        try (EventLog log = EventLog.of(Topics.INTERVIEW)) {
            List<InterviewScheduled> scheduled = log.await(InterviewScheduled.class, caseId, 2, Duration.ofSeconds(120));

            given().auth().oauth2(Tokens.of(Roles.ONPAR_ELIGIBILITY)).contentType("application/json")
                    .body(Family.completion(summary))
                    .when().post("/api/v1/interviews/" + scheduled.get(0).interviewId() + "/completion")
                    .then().statusCode(200)
                    .body("interviewId", equalTo(scheduled.get(0).interviewId().toString()))
                    .body("status", equalTo("COMPLETED"))
                    .body("kind", equalTo("INDIVIDUAL"))
                    .body("record.interviewer", equalTo("Oficial Gómez"))
                    .body("record.interpreterLanguage", equalTo("ht"))
                    .body("record.durationMinutes", equalTo(45))
                    .body("record.summary", equalTo(summary));
            InterviewCompleted first = log.awaitOne(InterviewCompleted.class, caseId);
            assertEquals(scheduled.get(0).memberId(), first.memberId());

            Family.complete(scheduled.get(1).interviewId(), summary);
            CaseReadyForDecision ready = log.awaitOne(CaseReadyForDecision.class, caseId);
            assertEquals(Family.adults(registered), ready.interviewedMemberIds());

            // In the case's order on its partition: nothing was ready after the first completion alone.
            List<String> types = log.records().stream().filter(r -> caseId.toString().equals(r.key()))
                    .map(r -> EventLog.header(r, "ce_type")).toList();
            assertEquals(List.of(type(InterviewScheduled.class), type(InterviewScheduled.class),
                    type(InterviewCompleted.class), type(InterviewCompleted.class),
                    type(CaseReadyForDecision.class)), types);
            for (ConsumerRecord<String, String> r : log.records()) {
                assertFalse(r.value().contains(summary), "the summary never leaves interview-service");
            }
        }

        assertEquals(List.of("COMPLETED", "COMPLETED"), Family.interviewsOf(caseId).getList("status"));
        given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION))
                .when().get("/api/v1/cases/" + caseId + "/interviews")
                .then().statusCode(200).body("record", equalTo(Arrays.asList(null, null)));
    }

    @Test
    void completingOneAdultOfTwoIsNotEnough() {
        ApplicationRegistered registered = Family.registered();
        Publish.event(registered);
        try (EventLog log = EventLog.of(Topics.INTERVIEW)) {
            List<InterviewScheduled> scheduled = log.await(InterviewScheduled.class, registered.caseId(), 2,
                    Duration.ofSeconds(120));
            Family.complete(scheduled.get(1).interviewId(), "Primera entrevista");
            log.awaitOne(InterviewCompleted.class, registered.caseId());
            // a later change of the same case proves everything before it was relayed
            given().auth().oauth2(Tokens.of(Roles.ONPAR_ELIGIBILITY))
                    .when().post("/api/v1/interviews/" + scheduled.get(0).interviewId() + "/no-show")
                    .then().statusCode(200);
            log.awaitOne(InterviewNoShow.class, registered.caseId());
            assertEquals(0, log.matching(CaseReadyForDecision.class, e -> e.caseId().equals(registered.caseId()))
                    .size());
        }
    }

    @Test
    void twoOfficersCompletingBothAdultsAtOnceMakeTheCaseReadyExactlyOnce() throws Exception {
        ApplicationRegistered registered = Family.registered();
        Publish.event(registered);
        try (EventLog log = EventLog.of(Topics.INTERVIEW)) {
            List<InterviewScheduled> scheduled = log.await(InterviewScheduled.class, registered.caseId(), 2,
                    Duration.ofSeconds(120));
            ExecutorService officers = Executors.newFixedThreadPool(2);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<?>> done = scheduled.stream().map(s -> officers.submit(() -> {
                    start.await();
                    Family.complete(s.interviewId(), "Relato simultáneo");
                    return null;
                })).collect(Collectors.toList());
                start.countDown();
                for (Future<?> f : done) {
                    f.get();
                }
            } finally {
                officers.shutdown();
            }
            log.await(InterviewCompleted.class, registered.caseId(), 2, Duration.ofSeconds(30));
            log.awaitOne(CaseReadyForDecision.class, registered.caseId());
            // a later event of the same case (same partition, later in the outbox) proves nothing else was pending
            given().auth().oauth2(Tokens.of(Roles.ONPAR_ELIGIBILITY)).contentType("application/json")
                    .body("{\"memberId\": \"" + scheduled.get(0).memberId() + "\", \"reason\": \"x\"}")
                    .when().post("/api/v1/cases/" + registered.caseId() + "/extension-interviews")
                    .then().statusCode(201);
            log.awaitOne(ExtensionInterviewCalled.class, registered.caseId());
            assertEquals(1, log.matching(CaseReadyForDecision.class, e -> e.caseId().equals(registered.caseId()))
                    .size());
        }
    }

    @Test
    void anInterviewIsCompletedOnlyOnce() {
        ApplicationRegistered registered = Family.registered();
        Publish.event(registered);
        try (EventLog log = EventLog.of(Topics.INTERVIEW)) {
            UUID interviewId = log.await(InterviewScheduled.class, registered.caseId(), 2, Duration.ofSeconds(120))
                    .get(0).interviewId();
            Family.complete(interviewId, "Relato");
            given().auth().oauth2(Tokens.of(Roles.ONPAR_ELIGIBILITY)).contentType("application/json")
                    .body(Family.completion("Otra vez"))
                    .when().post("/api/v1/interviews/" + interviewId + "/completion")
                    .then().statusCode(409).contentType("application/problem+json")
                    .body("currentState", equalTo("COMPLETED"));
            given().auth().oauth2(Tokens.of(Roles.ONPAR_ELIGIBILITY))
                    .when().get("/api/v1/interviews/" + interviewId)
                    .then().statusCode(200).body("record.summary", equalTo("Relato"));
        }
    }

    @Test
    void anIncompleteRecordIsABadRequestNamingTheFields() {
        given().auth().oauth2(Tokens.of(Roles.ONPAR_ELIGIBILITY)).contentType("application/json")
                .body("{\"interviewer\": \"\", \"interpreterLanguage\": \"Spanish\", \"durationMinutes\": 0}")
                .when().post("/api/v1/interviews/" + UUID.randomUUID() + "/completion")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("interviewer"))
                .body("errors.field", hasItem("interpreterLanguage"))
                .body("errors.field", hasItem("durationMinutes"))
                .body("errors.field", hasItem("summary"));
        given().auth().oauth2(Tokens.of(Roles.ONPAR_ELIGIBILITY)).contentType("application/json")
                .body(Family.completion("Relato"))
                .when().post("/api/v1/interviews/" + UUID.randomUUID() + "/completion")
                .then().statusCode(404).contentType("application/problem+json");
    }

    private static String type(Class<? extends pa.gob.refugio.events.DomainEvent> event) {
        return EventCatalog.cloudEventType(event);
    }
}
