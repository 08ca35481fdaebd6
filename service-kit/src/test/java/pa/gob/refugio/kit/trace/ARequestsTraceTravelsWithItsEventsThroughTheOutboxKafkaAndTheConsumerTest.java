package pa.gob.refugio.kit.trace;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.events.EventCatalog;
import pa.gob.refugio.events.EventJson;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.Topics;
import pa.gob.refugio.events.Trace;
import pa.gob.refugio.events.appeals.ChallengeWindowLapsed;
import pa.gob.refugio.events.interview.CaseReadyForDecision;
import pa.gob.refugio.kit.inbox.SampleConsumer;
import pa.gob.refugio.kit.outbox.OutboxRelay;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.EventLog;
import pa.gob.refugio.testing.RealInfrastructure;
import pa.gob.refugio.testing.RealInfrastructureResource;
import pa.gob.refugio.testing.Tokens;

/**
 * One trace from an HTTP request through the outbox (written in the request, relayed later from another thread) to
 * the Kafka record's {@code traceparent} header, and from a consumed record's header into the handler's work; the
 * trace id also names a failed request in its problem response. Trace export is off (the default): the ids exist.
 */
@QuarkusTest
@WithTestResource(RealInfrastructureResource.class)
class ARequestsTraceTravelsWithItsEventsThroughTheOutboxKafkaAndTheConsumerTest {

    private static final String OFFICER = Tokens.of(Roles.ONPAR_REGISTRATION);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    OutboxRelay relay;
    @Inject
    DataSource dataSource;

    @Test
    void theRecordARequestCausedCarriesTheRequestsTraceThroughAProducerSpan() throws Exception {
        String traceId = hex(16);
        String callerSpanId = hex(8);
        UUID caseId = UUID.randomUUID();

        io.restassured.path.json.JsonPath answer = given().auth().oauth2(OFFICER)
                .header("traceparent", "00-" + traceId + "-" + callerSpanId + "-01")
                .post("/api/v1/kit-test/traced-changes/" + caseId).then().statusCode(200).extract().jsonPath();
        String eventId = answer.getString("eventId");
        assertEquals(traceId, answer.getString("loggedTraceId"), "log lines of the request carry its trace id");

        String stored = storedTraceparent(UUID.fromString(eventId));
        assertNotNull(stored, "the outbox row keeps the request's trace context");
        assertTrue(stored.startsWith("00-" + traceId + "-"), stored);
        String writerSpanId = stored.split("-")[2];
        assertNotEquals(callerSpanId, writerSpanId, "the row names the service's own span, child of the caller's");

        relay.drain();
        try (EventLog log = EventLog.of(Topics.INTERVIEW)) {
            log.awaitOne(CaseReadyForDecision.class, caseId);
            ConsumerRecord<String, String> record = log.records().stream()
                    .filter(r -> eventId.equals(EventLog.header(r, "ce_id"))).findFirst().orElseThrow();
            String traceparent = EventLog.header(record, "traceparent");
            assertNotNull(traceparent, "the relayed record carries a traceparent header");
            String[] parts = traceparent.split("-");
            assertEquals(traceId, parts[1], "the record is in the request's trace");
            assertEquals("01", parts[3], "sampled");
            assertNotNull(EventLog.header(record, "ce_correlationid"), "the CloudEvent headers stay");

            SpanData producer = RecordedSpans.await(SpanKind.PRODUCER, s -> s.getSpanId().equals(parts[2]));
            assertEquals(traceId, producer.getTraceId());
            assertEquals(writerSpanId, producer.getParentSpanId(), "the PRODUCER span is a child of the writer's span");
            assertEquals("interview.events publish", producer.getName());
        }
        SpanData server = RecordedSpans.await(SpanKind.SERVER, s -> s.getTraceId().equals(traceId));
        assertEquals(callerSpanId, server.getParentSpanId(), "the request continued the caller's traceparent");
    }

    @Test
    void aConsumedRecordIsHandledInTheTraceOfItsTraceparentHeader() throws Exception {
        String traceId = hex(16);
        String producerSpanId = hex(8);
        UUID caseId = UUID.randomUUID();
        ChallengeWindowLapsed event = new ChallengeWindowLapsed(EventMetadata.create(ChallengeWindowLapsed.class,
                caseId, Trace.start(), Instant.now()), UUID.randomUUID(), ChallengeWindowLapsed.Window.RECONSIDERATION,
                LocalDate.now());
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.APPEALS, caseId.toString(),
                EventJson.write(event));
        header(record, "ce_type", EventCatalog.cloudEventType(ChallengeWindowLapsed.class));
        header(record, "ce_id", event.eventId().toString());
        header(record, "ce_specversion", "1.0");
        header(record, "ce_source", "test");
        header(record, "ce_correlationid", event.metadata().correlationId().toString());
        header(record, "content-type", "application/json");
        header(record, "traceparent", "00-" + traceId + "-" + producerSpanId + "-01");
        send(record);

        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!SampleConsumer.TRACE_IDS.containsKey(event.eventId()) && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        assertEquals(traceId, SampleConsumer.TRACE_IDS.get(event.eventId()),
                "the handler (and what it writes to the outbox) runs in the record's trace");
        assertEquals(traceId, SampleConsumer.LOGGED_TRACE_IDS.get(event.eventId()),
                "the handler's log lines carry the record's trace id");
        SpanData consumer = RecordedSpans.await(SpanKind.CONSUMER, s -> s.getTraceId().equals(traceId));
        assertEquals(producerSpanId, consumer.getParentSpanId(), "a CONSUMER span, child of the record's producer");
    }

    @Test
    void aProblemNamesTheTraceOfTheRequestThatFailed() {
        String traceId = hex(16);
        given().auth().oauth2(OFFICER).header("traceparent", "00-" + traceId + "-" + hex(8) + "-01")
                .get("/api/v1/kit-test/cases/" + UUID.randomUUID() + "/state").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://refugio.gob.pa/problems/illegal-transition"))
                .body("traceId", equalTo(traceId));
        given().auth().oauth2(OFFICER).get("/api/v1/kit-test/cases/" + UUID.randomUUID() + "/state").then()
                .statusCode(409).body("traceId", matchesPattern("[0-9a-f]{32}"));
        given().get("/api/v1/kit-test/cases/" + UUID.randomUUID() + "/state").then()
                .statusCode(401).body("traceId", matchesPattern("[0-9a-f]{32}"));
    }

    private String storedTraceparent(UUID eventId) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select traceparent from outbox_event where id = ?")) {
            s.setObject(1, eventId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static String hex(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        b[0] |= 1; // never all zeros (an invalid id)
        return HexFormat.of().formatHex(b);
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(ProducerRecord<String, String> record) throws Exception {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.kafka().bootstrapServers());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(),
                new StringSerializer())) {
            producer.send(record).get();
        }
    }
}
