package pa.gob.refugio.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pa.gob.refugio.e2e.Procedure.INTERVIEW;
import static pa.gob.refugio.e2e.Procedure.REGISTRATION;
import static pa.gob.refugio.e2e.RunningStack.as;
import static pa.gob.refugio.e2e.RunningStack.eventually;

import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.events.EventCatalog;
import pa.gob.refugio.events.Topics;
import pa.gob.refugio.events.registration.ApplicationRegistered;
import pa.gob.refugio.security.Roles;

/**
 * Clear answers in bad moments (issue 8, item 6), on the five packaged services: text with a NUL is refused naming
 * the field; while PostgreSQL is stopped or frozen every call answers 503 with Retry-After, never 500; once it is
 * back the same call succeeds and the consumers catch up, without restarting anything.
 */
class BadMomentsEndToEndIT {

    private static final Pattern UUID_PATTERN =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Test
    void aNameWithANulIsRefusedWith400NamingTheField() {
        String body = "{\"intakeSite\": \"ONPAR Balboa\", \"entryDate\": \"" + LocalDate.now().minusDays(3) + "\","
                + " \"members\": [{\"role\": \"PRINCIPAL\", \"givenNames\": \"Ana\\u0000María\","
                + " \"familyNames\": \"Rojas\", \"sex\": \"F\", \"dateOfBirth\": \"1988-03-14\","
                + " \"nationalities\": [\"VEN\"]}]}";
        Response r = as(Roles.ONPAR_REGISTRATION, REGISTRATION).body(body).post("/api/v1/applications");
        assertEquals(400, r.statusCode(), r.asString());
        assertEquals("application/problem+json", r.contentType().split(";")[0]);
        assertEquals("members[0].givenNames", r.jsonPath().getString("errors[0].field"), r.asString());
        assertTrue(r.jsonPath().getString("errors[0].reason").contains("U+0000"), r.asString());
    }

    @Test
    void postgresStoppedAnswers503ThenEverythingRecoversWithoutARestart() throws Exception {
        UUID caseId = UUID.fromString(Procedure.register(1, 0, LocalDate.now().minusDays(4), null)
                .getString("application.caseId"));
        String path = "/api/v1/applications/" + caseId;
        ConsumerRecord<String, String> registered = registeredRecord(caseId);
        eventually(() -> as(Roles.ONPAR_ELIGIBILITY, INTERVIEW).get("/api/v1/cases/" + caseId + "/interviews"),
                r -> r.statusCode() == 200 && !r.jsonPath().getList("$").isEmpty());

        RunningStack.get().stopPostgres();
        long stoppedAt = System.nanoTime();
        UUID copiedCase;
        try {
            List<String> answers = new ArrayList<>();
            long until = System.nanoTime() + Duration.ofSeconds(12).toNanos();
            while (System.nanoTime() < until) {
                Response r = as(Roles.ONPAR_REGISTRATION, REGISTRATION).get(path);
                answers.add(r.statusCode() + " " + r.getHeader("Retry-After"));
                assertEquals(503, r.statusCode(), "while PostgreSQL is stopped: " + r.asString());
                assertNotNull(r.getHeader("Retry-After"));
                assertEquals("application/problem+json", r.contentType().split(";")[0]);
                Thread.sleep(250);
            }
            assertFalse(answers.isEmpty());
            Response other = as(Roles.ONPAR_ELIGIBILITY, INTERVIEW).get("/api/v1/cases/" + caseId + "/interviews");
            assertEquals(503, other.statusCode(), other.asString());
            Response write = as(Roles.ONPAR_REGISTRATION, REGISTRATION).body("{}").post(path + "/withdrawal");
            assertEquals(503, write.statusCode(), write.asString());
            Response ready = RunningStack.anonymous(REGISTRATION).get("/q/health/ready");
            assertEquals(503, ready.statusCode(), "readiness is DOWN while the database is: " + ready.asString());

            // an event arrives while the database is away: the consumers wait for it, they do not drop it. The
            // outage lasts longer than the Kafka connector's 60 s stuck-record alarm (switched off by the kit),
            // which would otherwise have closed the consumers for good.
            copiedCase = publishCopyForANewCase(registered);
            long outage = Duration.ofSeconds(Long.getLong("refugio.e2e.postgres-outage-seconds", 70)).toNanos();
            Thread.sleep(Math.max(0, Duration.ofNanos(outage - (System.nanoTime() - stoppedAt)).toMillis()));
        } finally {
            RunningStack.get().restartPostgres();
        }

        eventually(() -> as(Roles.ONPAR_REGISTRATION, REGISTRATION).get(path), r -> r.statusCode() == 200,
                Duration.ofSeconds(60));
        eventually(() -> as(Roles.ONPAR_ELIGIBILITY, INTERVIEW).get("/api/v1/cases/" + copiedCase + "/interviews"),
                r -> r.statusCode() == 200 && !r.jsonPath().getList("$").isEmpty(), Duration.ofSeconds(120));
        assertTrue(deadLetters(Topics.deadLetter(INTERVIEW), copiedCase).isEmpty(),
                "a database outage never sends an event to the dead-letter topic");
    }

    @Test
    void postgresFrozenAnswers503WithinSecondsThenRecovers() {
        UUID caseId = UUID.fromString(Procedure.register(1, 0, LocalDate.now().minusDays(4), null)
                .getString("application.caseId"));
        String path = "/api/v1/applications/" + caseId;
        RunningStack.get().freezePostgres();
        try {
            long started = System.nanoTime();
            Response r = as(Roles.ONPAR_REGISTRATION, REGISTRATION).get(path);
            long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
            assertEquals(503, r.statusCode(), r.asString());
            assertNotNull(r.getHeader("Retry-After"));
            assertTrue(seconds <= 25, "answered after " + seconds + " s");
            Response again = as(Roles.ONPAR_REGISTRATION, REGISTRATION).get(path);
            assertEquals(503, again.statusCode(), again.asString());
        } finally {
            RunningStack.get().thawPostgres();
        }
        eventually(() -> as(Roles.ONPAR_REGISTRATION, REGISTRATION).get(path), r -> r.statusCode() == 200,
                Duration.ofSeconds(60));
    }

    /** The ApplicationRegistered record of the case as registration-service published it. */
    private static ConsumerRecord<String, String> registeredRecord(UUID caseId) {
        String type = EventCatalog.cloudEventType(ApplicationRegistered.class);
        try (KafkaConsumer<String, String> consumer = consumer()) {
            consumer.subscribe(List.of(Topics.REGISTRATION));
            long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < until) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(300))) {
                    if (caseId.toString().equals(r.key()) && type.equals(header(r, "ce_type"))) {
                        return r;
                    }
                }
            }
        }
        throw new AssertionError("No ApplicationRegistered for case " + caseId);
    }

    /**
     * Publishes the same registration again as a new family (every id replaced by a new one), as registration's relay
     * would have: a fresh event for the consumers to process while their database is away.
     */
    private static UUID publishCopyForANewCase(ConsumerRecord<String, String> original) {
        Map<String, String> replaced = new HashMap<>();
        Matcher m = UUID_PATTERN.matcher(original.value());
        StringBuilder copy = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(copy, replaced.computeIfAbsent(m.group(), k -> UUID.randomUUID().toString()));
        }
        m.appendTail(copy);
        String caseId = replaced.get(original.key());
        String eventId = replaced.get(header(original, "ce_id"));
        assertNotNull(caseId);
        assertNotNull(eventId);
        ProducerRecord<String, String> record = new ProducerRecord<>(original.topic(), caseId, copy.toString());
        for (Header h : original.headers()) {
            String value = new String(h.value(), StandardCharsets.UTF_8);
            Matcher ids = UUID_PATTERN.matcher(value);
            record.headers().add(h.key(), (ids.matches() ? replaced.computeIfAbsent(value,
                    k -> UUID.randomUUID().toString()) : value).getBytes(StandardCharsets.UTF_8));
        }
        Properties p = new Properties();
        p.put("bootstrap.servers", RunningStack.get().kafkaBootstrapServers());
        p.put("acks", "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(),
                new StringSerializer())) {
            producer.send(record).get();
        } catch (Exception e) {
            throw new AssertionError("Could not publish the copy", e);
        }
        return UUID.fromString(caseId);
    }

    private static List<ConsumerRecord<String, String>> deadLetters(String topic, UUID caseId) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            consumer.subscribe(List.of(topic));
            long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (System.nanoTime() < until) {
                consumer.poll(Duration.ofMillis(300)).forEach(r -> {
                    if (caseId.toString().equals(r.key())) {
                        found.add(r);
                    }
                });
            }
        }
        return found;
    }

    private static KafkaConsumer<String, String> consumer() {
        Properties p = new Properties();
        p.put("bootstrap.servers", RunningStack.get().kafkaBootstrapServers());
        p.put("group.id", "e2e-bad-moments-" + UUID.randomUUID());
        p.put("auto.offset.reset", "earliest");
        p.put("enable.auto.commit", "false");
        return new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
    }

    private static String header(ConsumerRecord<?, ?> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
