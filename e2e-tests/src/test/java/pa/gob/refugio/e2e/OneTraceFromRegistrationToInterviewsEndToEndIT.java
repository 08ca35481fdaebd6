package pa.gob.refugio.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static pa.gob.refugio.e2e.Procedure.INTERVIEW;
import static pa.gob.refugio.e2e.Procedure.REGISTRATION;
import static pa.gob.refugio.e2e.RunningStack.as;

import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.events.EventCatalog;
import pa.gob.refugio.events.Topics;
import pa.gob.refugio.events.interview.InterviewScheduled;
import pa.gob.refugio.events.registration.ApplicationRegistered;
import pa.gob.refugio.security.Roles;

/**
 * One trace from a registration request to the interviews it scheduled: the caller's W3C {@code traceparent}
 * reaches registration-service, travels with the event through its outbox to the {@code ApplicationRegistered}
 * record's {@code traceparent} header, and interview-service, consuming it, publishes its {@code InterviewScheduled}
 * records in the same trace. Trace export is off (the stack's default): the trace ids exist all the same. Problem
 * responses name the trace of the failed request.
 */
class OneTraceFromRegistrationToInterviewsEndToEndIT {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void theRegistrationsTraceIdIsOnItsEventAndOnTheInterviewsScheduledInReaction() {
        String traceId = hex(16);
        String callerSpanId = hex(8);
        String body = "{\"intakeSite\": \"ONPAR Balboa\", \"entryDate\": \"" + LocalDate.now().minusDays(5) + "\", "
                + "\"members\": [" + person("PRINCIPAL", "Ana María", "1988-03-14") + ","
                + person("SPOUSE_OR_PARTNER", "Luis Alberto", "1986-07-02") + "]}";
        Response registered = as(Roles.ONPAR_REGISTRATION, REGISTRATION)
                .header("traceparent", "00-" + traceId + "-" + callerSpanId + "-01")
                .body(body).post("/api/v1/applications");
        assertEquals(201, registered.statusCode(), registered.asString());
        String caseId = registered.jsonPath().getString("application.caseId");

        try (TracedRecords records = new TracedRecords(RunningStack.get().kafkaBootstrapServers())) {
            ConsumerRecord<String, String> application = records.await(ApplicationRegistered.class, caseId, 1).get(0);
            String[] registrationParent = traceparent(application);
            assertEquals(traceId, registrationParent[1], "ApplicationRegistered is in the request's trace");
            assertNotEquals(callerSpanId, registrationParent[2], "its parent is registration's PRODUCER span");

            List<ConsumerRecord<String, String>> interviews = records.await(InterviewScheduled.class, caseId, 2);
            for (ConsumerRecord<String, String> interview : interviews) {
                String[] interviewParent = traceparent(interview);
                assertEquals(traceId, interviewParent[1], "InterviewScheduled continues the registration's trace");
                assertNotEquals(registrationParent[2], interviewParent[2],
                        "interview-service's own PRODUCER span, under its CONSUMER span");
            }
        }

        // a failed request names its trace: the caller can quote it, operations find its log lines and spans
        String failingTrace = hex(16);
        Response problem = as(Roles.ONPAR_ELIGIBILITY, INTERVIEW)
                .header("traceparent", "00-" + failingTrace + "-" + hex(8) + "-01")
                .body("{}").post("/api/v1/interviews/" + UUID.randomUUID() + "/completion");
        assertFalse(problem.statusCode() < 400, problem.asString());
        assertEquals(failingTrace, problem.jsonPath().getString("traceId"), problem.asString());
    }

    private static String[] traceparent(ConsumerRecord<String, String> record) {
        String header = header(record, "traceparent");
        assertNotNull(header, record.topic() + " " + header(record, "ce_type") + " has no traceparent header");
        String[] parts = header.split("-");
        assertEquals(4, parts.length, header);
        assertEquals("00", parts[0], header);
        return parts;
    }

    private static String person(String role, String given, String born) {
        return "{\"role\": \"" + role + "\", \"givenNames\": \"" + given + "\", \"familyNames\": \"Traza "
                + hex(4) + "\", \"sex\": \"F\", \"dateOfBirth\": \"" + born + "\", \"nationalities\": [\"VEN\"]}";
    }

    private static String hex(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        b[0] |= 1;
        return HexFormat.of().formatHex(b);
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    /** The raw records (with their headers) of every topic, read from the beginning. */
    private static final class TracedRecords implements AutoCloseable {

        private final KafkaConsumer<String, String> consumer;
        private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

        TracedRecords(String bootstrapServers) {
            Properties p = new Properties();
            p.put("bootstrap.servers", bootstrapServers);
            p.put("group.id", "e2e-traces-" + UUID.randomUUID());
            p.put("auto.offset.reset", "earliest");
            p.put("enable.auto.commit", "false");
            consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
            consumer.subscribe(Topics.ALL);
        }

        List<ConsumerRecord<String, String>> await(Class<?> type, String caseId, int count) {
            @SuppressWarnings({"unchecked", "rawtypes"})
            String ceType = EventCatalog.cloudEventType((Class) type);
            long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (true) {
                consumer.poll(Duration.ofMillis(300)).forEach(seen::add);
                List<ConsumerRecord<String, String>> found = seen.stream()
                        .filter(r -> caseId.equals(r.key()) && ceType.equals(header(r, "ce_type"))).toList();
                if (found.size() >= count) {
                    return found;
                }
                if (System.nanoTime() > until) {
                    throw new AssertionError("Expected " + count + " " + type.getSimpleName() + " for case " + caseId
                            + " but saw " + found.size());
                }
            }
        }

        @Override
        public void close() {
            consumer.close();
        }
    }
}
