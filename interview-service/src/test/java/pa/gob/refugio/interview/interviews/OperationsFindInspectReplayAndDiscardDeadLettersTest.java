package pa.gob.refugio.interview.interviews;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.events.EventCatalog;
import pa.gob.refugio.events.EventJson;
import pa.gob.refugio.events.Topics;
import pa.gob.refugio.events.interview.InterviewScheduled;
import pa.gob.refugio.events.registration.ApplicationRegistered;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.EventLog;
import pa.gob.refugio.testing.RealInfrastructureResource;
import pa.gob.refugio.testing.Tokens;

/**
 * Dead letters in one call (kit.deadletter) over real Kafka and PostgreSQL: a registration that arrived without its
 * ce_type is kept (not retried, not lost), shown redacted, replayed once with its type (the case gets its
 * interviews), and a second replay is refused; a dead letter is discarded only with a reason; operations only.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class,
        initArgs = @ResourceArg(name = "database", value = "interview"))
class OperationsFindInspectReplayAndDiscardDeadLettersTest {

    private static final String DEAD_LETTERS = "/api/v1/operations/dead-letters";

    @Test
    void aRecordWithoutItsTypeIsKeptShownRedactedAndReplayedOnceWithItsType() {
        ApplicationRegistered registered = Family.registered();
        Publish.raw(Topics.REGISTRATION, registered.caseId().toString(), null, registered.eventId().toString(),
                EventJson.write(registered));

        Map<String, Object> item = awaitOpenDeadLetter(registered.caseId(), "interview-service");
        assertEquals(Topics.REGISTRATION, item.get("topic"));
        assertNull(item.get("eventType"));
        assertTrue(item.get("reason").toString().contains("ce_type"), item.get("reason").toString());
        given().auth().oauth2(Tokens.of(Roles.ONPAR_ELIGIBILITY)).get("/api/v1/cases/" + registered.caseId()
                + "/interviews").then().statusCode(404); // not processed: interview-service does not know the case
        String id = item.get("id").toString();

        JsonPath detail = given().auth().oauth2(Tokens.of(Roles.OPERATIONS)).get(DEAD_LETTERS + "/" + id)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(registered.caseId().toString(), detail.getString("caseId"));
        assertEquals(registered.caseId().toString(), detail.getString("payload.metadata.caseId"));
        assertEquals("[redacted]", detail.getString("payload.caseNumber"));
        assertEquals("[redacted]", detail.getString("payload.intakeSite"));
        assertEquals("PRINCIPAL", detail.getString("payload.members[0].role"));
        assertEquals(registered.eventId().toString(), detail.getString("headers.ce_id"));
        assertFalse(detail.getMap("headers").containsKey("ce_type"));

        // replayed without a type, it is still unreadable: 422, and it stays open
        given().auth().oauth2(Tokens.of(Roles.OPERATIONS)).contentType(ContentType.JSON).body("{}")
                .post(DEAD_LETTERS + "/" + id + "/replay").then().statusCode(422);
        // only operations
        for (String role : List.of(Roles.ONPAR_ELIGIBILITY, Roles.ONPAR_REGISTRATION)) {
            given().auth().oauth2(Tokens.of(role)).get(DEAD_LETTERS).then().statusCode(403);
            given().auth().oauth2(Tokens.of(role)).get(DEAD_LETTERS + "/" + id).then().statusCode(403);
            given().auth().oauth2(Tokens.of(role)).contentType(ContentType.JSON)
                    .body("{\"type\": \"ApplicationRegistered\"}").post(DEAD_LETTERS + "/" + id + "/replay")
                    .then().statusCode(403);
        }
        given().get(DEAD_LETTERS).then().statusCode(401);

        given().auth().oauth2(Tokens.of(Roles.OPERATIONS)).contentType(ContentType.JSON)
                .body("{\"type\": \"ApplicationRegistered\", \"reason\": \"producer lost the header\"}")
                .post(DEAD_LETTERS + "/" + id + "/replay").then().statusCode(200)
                .body("id", equalTo(id)).body("state", equalTo("REPLAYED")).body("outcome", equalTo("processed"));
        try (EventLog log = EventLog.of(Topics.INTERVIEW)) {
            assertEquals(2, log.await(InterviewScheduled.class, registered.caseId(), 2, Duration.ofSeconds(60)).size());
        }
        assertEquals(2, Family.interviewsOf(registered.caseId()).getList("$").size(), "the case moved on");

        given().auth().oauth2(Tokens.of(Roles.OPERATIONS)).contentType(ContentType.JSON)
                .body("{\"type\": \"ApplicationRegistered\"}").post(DEAD_LETTERS + "/" + id + "/replay")
                .then().statusCode(409);
        given().auth().oauth2(Tokens.of(Roles.OPERATIONS)).get(DEAD_LETTERS + "/" + id).then().statusCode(200)
                .body("state", equalTo("REPLAYED")).body("resolutionReason", equalTo("producer lost the header"));
        assertTrue(openDeadLetters().stream().noneMatch(i -> id.equals(i.get("id"))), "it left the open list");
    }

    @Test
    void aDeadLetterIsDiscardedOnlyWithAReasonAndOnlyOnce() {
        String key = UUID.randomUUID().toString();
        Publish.raw(Topics.REGISTRATION, key, EventCatalog.cloudEventType(ApplicationRegistered.class), null,
                "{\"caseId\": \"" + key + "\", \"note\": \"Ana Rojas, pasaporte 123\"");
        Map<String, Object> item = awaitOpenDeadLetter(UUID.fromString(key), "interview-service");
        String id = item.get("id").toString();
        given().auth().oauth2(Tokens.of(Roles.OPERATIONS)).get(DEAD_LETTERS + "/" + id).then().statusCode(200)
                .body("payload", equalTo("[redacted: not JSON, 85 characters]"));

        given().auth().oauth2(Tokens.of(Roles.OPERATIONS)).contentType(ContentType.JSON).body("{}")
                .post(DEAD_LETTERS + "/" + id + "/discard").then().statusCode(400);
        given().auth().oauth2(Tokens.of(Roles.OPERATIONS)).contentType(ContentType.JSON)
                .body("{\"type\": \"ApplicationRegistered\"}")
                .post(DEAD_LETTERS + "/" + id + "/replay").then().statusCode(422);
        given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION)).contentType(ContentType.JSON)
                .body("{\"reason\": \"test data\"}").post(DEAD_LETTERS + "/" + id + "/discard").then().statusCode(403);
        given().auth().oauth2(Tokens.of(Roles.OPERATIONS)).contentType(ContentType.JSON)
                .body("{\"reason\": \"test data sent by hand\"}").post(DEAD_LETTERS + "/" + id + "/discard")
                .then().statusCode(200).body("state", equalTo("DISCARDED"));
        given().auth().oauth2(Tokens.of(Roles.OPERATIONS)).contentType(ContentType.JSON)
                .body("{\"reason\": \"again\"}").post(DEAD_LETTERS + "/" + id + "/discard").then().statusCode(409);
        given().auth().oauth2(Tokens.of(Roles.OPERATIONS)).contentType(ContentType.JSON)
                .body("{\"type\": \"ApplicationRegistered\"}").post(DEAD_LETTERS + "/" + id + "/replay")
                .then().statusCode(409);
        given().auth().oauth2(Tokens.of(Roles.OPERATIONS)).queryParam("state", "DISCARDED").queryParam("size", 200)
                .get(DEAD_LETTERS).then().statusCode(200);
    }

    private static List<Map<String, Object>> openDeadLetters() {
        return given().auth().oauth2(Tokens.of(Roles.OPERATIONS)).queryParam("state", "OPEN").queryParam("size", 200)
                .get(DEAD_LETTERS).then().statusCode(200).extract().jsonPath().getList("items");
    }

    private static Map<String, Object> awaitOpenDeadLetter(UUID caseId, String consumer) {
        long until = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < until) {
            for (Map<String, Object> i : openDeadLetters()) {
                if (caseId.toString().equals(i.get("caseId")) && consumer.equals(i.get("consumer"))) {
                    return i;
                }
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("No open dead letter of " + consumer + " for case " + caseId);
    }
}
