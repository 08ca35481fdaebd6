package pa.gob.refugio.kit.inbox;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.events.EventCatalog;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.Topics;
import pa.gob.refugio.events.Trace;
import pa.gob.refugio.events.appeals.ChallengeWindowLapsed;
import pa.gob.refugio.kit.inbox.SampleConsumer.Behaviour;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.EventLog;
import pa.gob.refugio.testing.RealInfrastructure;
import pa.gob.refugio.testing.RealInfrastructureResource;
import pa.gob.refugio.testing.TestEvents;
import pa.gob.refugio.testing.Tokens;

/** Over a real Kafka channel with the dead-letter strategy, as every service's consumers run. */
@QuarkusTest
@WithTestResource(RealInfrastructureResource.class)
class ConsumersRecordRefusalsRetryOutagesAndDeadLetterOnlyUnreadableRecordsTest {

    private static final String DLQ = "kit-test.dlq";

    @Inject
    DataSource dataSource;

    @BeforeAll
    static void deadLetterTopic() {
        RealInfrastructure.kafka().createTopics(List.of(DLQ), 1);
    }

    @Test
    void aRuleThatRefusesAnEventLeavesARefusalForOperationsNotARetryNorADeadLetter() throws Exception {
        UUID caseId = UUID.randomUUID();
        SampleConsumer.BEHAVIOUR.put(caseId, Behaviour.REFUSE_BY_PROBLEM);
        {
            ChallengeWindowLapsed refused = TestEvents.publish(lapse(caseId));
            awaitTrue(() -> count("select count(*) from refused_event where event_id = ?", refused.eventId()) == 1);

            assertEquals(1, SampleConsumer.ATTEMPTS.get(refused.eventId()).get(), "a refusal is not retried");
            assertEquals(0, count("select count(*) from sample_case where note = ?", refused.eventId().toString()),
                    "the refused use case changed nothing");
            assertEquals(1, count("select count(*) from inbox_event where event_id = ?", refused.eventId()),
                    "recorded as processed with the refusal");

            // consumption goes on: the next event of the same case (same partition) is processed
            SampleConsumer.BEHAVIOUR.put(caseId, Behaviour.SUCCEED);
            ChallengeWindowLapsed next = TestEvents.publish(lapse(caseId));
            awaitTrue(() -> count("select count(*) from sample_case where note = ?", next.eventId().toString()) == 1);
            // redelivering the refused event changes nothing
            TestEvents.publish(refused);
            ChallengeWindowLapsed last = TestEvents.publish(lapse(caseId));
            awaitTrue(() -> count("select count(*) from sample_case where note = ?", last.eventId().toString()) == 1);
            assertEquals(1, SampleConsumer.ATTEMPTS.get(refused.eventId()).get());
            assertEquals(1, count("select count(*) from refused_event where event_id = ?", refused.eventId()));

            assertTrue(deadLetters(caseId, Duration.ofSeconds(2)).isEmpty(), "nothing of the case was dead-lettered");
        }

        JsonPath page = given().auth().oauth2(Tokens.of(Roles.OPERATIONS))
                .queryParam("caseId", caseId.toString()).get("/api/v1/operations/refused-events")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(1, page.getList("refusedEvents").size());
        assertEquals("kit-test", page.getString("refusedEvents[0].consumer"));
        assertEquals("illegal-transition", page.getString("refusedEvents[0].problemType"));
        assertEquals(409, page.getInt("refusedEvents[0].status"));
        assertEquals(EventCatalog.typeOf(ChallengeWindowLapsed.class).name(), page.getString("refusedEvents[0].eventType"));
        assertEquals(Topics.APPEALS, page.getString("refusedEvents[0].topic"));
        given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION)).get("/api/v1/operations/refused-events")
                .then().statusCode(403);
    }

    @Test
    void anIllegalStateInAHandlerIsARefusalToo() {
        UUID caseId = UUID.randomUUID();
        SampleConsumer.BEHAVIOUR.put(caseId, Behaviour.REFUSE_BY_STATE);
        ChallengeWindowLapsed refused = TestEvents.publish(lapse(caseId));
        awaitTrue(() -> count("select count(*) from refused_event where event_id = ?", refused.eventId()) == 1);
        given().auth().oauth2(Tokens.of(Roles.OPERATIONS)).queryParam("caseId", caseId.toString())
                .get("/api/v1/operations/refused-events").then().statusCode(200)
                .body("refusedEvents[0].problemType", equalTo(IllegalStateException.class.getName()))
                .body("refusedEvents[0].detail", equalTo("No free slot at ONPAR Balboa within 732 days"));
    }

    @Test
    void aDatabaseOutageIsWaitedOutAndTheEventProcessedExactlyOnce() throws Exception {
        UUID caseId = UUID.randomUUID();
        SampleConsumer.BEHAVIOUR.put(caseId, Behaviour.DATABASE_DOWN_TWICE);
        {
            ChallengeWindowLapsed event = TestEvents.publish(lapse(caseId));
            awaitTrue(() -> count("select count(*) from sample_case where note = ?", event.eventId().toString()) == 1);
            assertEquals(3, SampleConsumer.ATTEMPTS.get(event.eventId()).get(), "two failed attempts, then success");
            Thread.sleep(500);
            assertEquals(1, count("select count(*) from sample_case where note = ?", event.eventId().toString()),
                    "the failed attempts left nothing behind; the effect exists once");
            assertEquals(1, count("select count(*) from inbox_event where event_id = ?", event.eventId()));
            assertEquals(0, count("select count(*) from refused_event where event_id = ?", event.eventId()));
            assertTrue(deadLetters(caseId, Duration.ofSeconds(1)).isEmpty(), "a database failure is never a dead letter");
        }
    }

    @Test
    void onlyAnUnreadableRecordGoesToTheDeadLetterTopic() {
        UUID caseId = UUID.randomUUID();
        String ceId = UUID.randomUUID().toString();
        {
            TestEvents.publishRaw(Topics.APPEALS, caseId.toString(),
                    EventCatalog.cloudEventType(ChallengeWindowLapsed.class), ceId, "{not json");
            List<ConsumerRecord<String, String>> parkedRecords = deadLetters(caseId, Duration.ofSeconds(30));
            assertEquals(1, parkedRecords.size(), "the unreadable record is in " + DLQ);
            ConsumerRecord<String, String> parked = parkedRecords.get(0);
            assertEquals(Topics.APPEALS, EventLog.header(parked, "dead-letter-topic"));
            assertTrue(EventLog.header(parked, "dead-letter-reason").contains("Not a valid ChallengeWindowLapsed"),
                    EventLog.header(parked, "dead-letter-reason"));
            // kept for operations in dead_letter (kit.deadletter), payload encrypted
            assertEquals(1, count("select count(*) from dead_letter where case_id = ? and consumer = 'kit-test'"
                    + " and state = 'OPEN' and payload like 'v2:%'", caseId));
        }
        // and the consumer goes on
        ChallengeWindowLapsed next = TestEvents.publish(lapse(caseId));
        awaitTrue(() -> count("select count(*) from sample_case where note = ?", next.eventId().toString()) == 1);
    }

    /** The dead letters keyed by {@code caseId}: waits {@code wait} for the first, or that long to see none. */
    private static List<ConsumerRecord<String, String>> deadLetters(UUID caseId, Duration wait) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.kafka().bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "kit-test-dlq-reader-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(DLQ));
            long until = System.nanoTime() + wait.toNanos();
            while (found.isEmpty() && System.nanoTime() < until) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (caseId.toString().equals(r.key())) {
                        found.add(r);
                    }
                });
            }
        }
        return found;
    }

    private static ChallengeWindowLapsed lapse(UUID caseId) {
        return new ChallengeWindowLapsed(EventMetadata.create(ChallengeWindowLapsed.class, caseId, Trace.start(),
                Instant.now()), UUID.randomUUID(), ChallengeWindowLapsed.Window.RECONSIDERATION, LocalDate.now());
    }

    private long count(String sql, Object parameter) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, parameter);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitTrue(Supplier<Boolean> condition) {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.get()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("condition not met within 30 s");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
