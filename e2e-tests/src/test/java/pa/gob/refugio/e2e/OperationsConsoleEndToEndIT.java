package pa.gob.refugio.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pa.gob.refugio.e2e.Procedure.INTERVIEW;
import static pa.gob.refugio.e2e.RunningStack.as;
import static pa.gob.refugio.e2e.RunningStack.eventually;

import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
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
 * The operations console in a real headless browser (Debian's chromium driven by playwright-core, see
 * e2e-tests/console and .ci/browser-setup): a registration record that arrived without its ce_type is a dead letter
 * of interview-service; an operator opens the console served by interview-service, signs in with an operations
 * token, sees the dead letter, replays it as ApplicationRegistered and sees it leave the list; the case then gets its
 * interviews. The console reaches the other four services across origins (CORS from the local stack's settings).
 */
class OperationsConsoleEndToEndIT {

    private static final Pattern UUID_PATTERN =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Test
    void aPoisonRecordIsReplayedFromTheConsoleInARealBrowserAndTheCaseMovesOn() throws Exception {
        UUID realCase = UUID.fromString(Procedure.register(2, 0, LocalDate.now().minusDays(4), null)
                .getString("application.caseId"));
        UUID poisonedCase = publishCopyWithoutType(registeredRecord(realCase));

        String id = deadLetterOf(eventually(() -> as(Roles.OPERATIONS, INTERVIEW)
                        .get("/api/v1/operations/dead-letters?state=OPEN&size=200"),
                r -> r.statusCode() == 200 && deadLetterOf(r, poisonedCase) != null, Duration.ofSeconds(120)),
                poisonedCase);
        assertNotNull(id);
        as(Roles.ONPAR_ELIGIBILITY, INTERVIEW).get("/api/v1/cases/" + poisonedCase + "/interviews")
                .then().statusCode(404);

        runBrowser(id);

        Response interviews = eventually(() -> as(Roles.ONPAR_ELIGIBILITY, INTERVIEW)
                        .get("/api/v1/cases/" + poisonedCase + "/interviews"),
                r -> r.statusCode() == 200 && r.jsonPath().getList("$").size() == 2, Duration.ofSeconds(60));
        assertEquals(List.of("SCHEDULED", "SCHEDULED"), interviews.jsonPath().getList("status"));
        assertEquals("REPLAYED", as(Roles.OPERATIONS, INTERVIEW).get("/api/v1/operations/dead-letters/" + id)
                .jsonPath().getString("state"));
    }

    private static String deadLetterOf(Response list, UUID caseId) {
        List<Map<String, Object>> items = list.jsonPath().getList("items");
        return items.stream().filter(i -> caseId.toString().equals(i.get("caseId"))
                        && INTERVIEW.equals(i.get("consumer")))
                .map(i -> i.get("id").toString()).findFirst().orElse(null);
    }

    /** Runs e2e-tests/console/replay-dead-letter.mjs (node) against the console of interview-service. */
    private static void runBrowser(String deadLetterId) throws IOException, InterruptedException {
        Path root = Path.of(System.getProperty("refugio.root", "..")).toAbsolutePath().normalize();
        Path script = root.resolve("e2e-tests/console");
        assertTrue(Files.isDirectory(script.resolve("node_modules/playwright-core")),
                "playwright-core is not installed: run .ci/browser-setup first");
        Path shots = root.resolve("e2e-tests/target/console-screenshots");
        Files.createDirectories(shots);
        Path log = root.resolve("e2e-tests/target/console-browser.log");
        String token = RunningStack.get().signingKey().minter().mint("e2e-console-operator", Roles.OPERATIONS,
                Roles.institutionOf(Roles.OPERATIONS), Duration.ofHours(1));
        ProcessBuilder pb = new ProcessBuilder("node", "replay-dead-letter.mjs").directory(script.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("CONSOLE_URL", RunningStack.get().baseUrl(INTERVIEW) + "/console/");
        pb.environment().put("CONSOLE_TOKEN", token);
        pb.environment().put("DEAD_LETTER_ID", deadLetterId);
        pb.environment().put("REPLAY_TYPE", "ApplicationRegistered");
        pb.environment().put("SCREENSHOTS", shots.toString());
        Process browser = pb.start();
        if (!browser.waitFor(4, TimeUnit.MINUTES)) {
            browser.destroyForcibly();
            throw new AssertionError("the browser script did not finish within 4 minutes; see " + log);
        }
        String output = Files.readString(log);
        System.out.println(output);
        assertEquals(0, browser.exitValue(), "browser script failed:\n" + output);
        assertTrue(output.contains("it left the list"), output);
    }

    /** The ApplicationRegistered record of the case as registration-service published it. */
    private static ConsumerRecord<String, String> registeredRecord(UUID caseId) {
        String type = EventCatalog.cloudEventType(ApplicationRegistered.class);
        Properties p = new Properties();
        p.put("bootstrap.servers", RunningStack.get().kafkaBootstrapServers());
        p.put("group.id", "e2e-console-" + UUID.randomUUID());
        p.put("auto.offset.reset", "earliest");
        p.put("enable.auto.commit", "false");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p, new StringDeserializer(),
                new StringDeserializer())) {
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
     * The same registration as a new family (every id replaced by a new one), published WITHOUT its ce_type header,
     * as a broken producer would: a poison record for every consumer of registration.events.
     */
    private static UUID publishCopyWithoutType(ConsumerRecord<String, String> original) {
        Map<String, String> replaced = new HashMap<>();
        Matcher m = UUID_PATTERN.matcher(original.value());
        StringBuilder copy = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(copy, replaced.computeIfAbsent(m.group(), k -> UUID.randomUUID().toString()));
        }
        m.appendTail(copy);
        String caseId = replaced.get(original.key());
        assertNotNull(caseId);
        ProducerRecord<String, String> record = new ProducerRecord<>(original.topic(), caseId, copy.toString());
        for (Header h : original.headers()) {
            if (h.key().equals("ce_type")) {
                continue;
            }
            String value = new String(h.value(), StandardCharsets.UTF_8);
            record.headers().add(h.key(), (UUID_PATTERN.matcher(value).matches() ? replaced.computeIfAbsent(value,
                    k -> UUID.randomUUID().toString()) : value).getBytes(StandardCharsets.UTF_8));
        }
        Properties p = new Properties();
        p.put("bootstrap.servers", RunningStack.get().kafkaBootstrapServers());
        p.put("acks", "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(),
                new StringSerializer())) {
            producer.send(record).get();
        } catch (Exception e) {
            throw new AssertionError("Could not publish the poison record", e);
        }
        return UUID.fromString(caseId);
    }

    private static String header(ConsumerRecord<?, ?> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
