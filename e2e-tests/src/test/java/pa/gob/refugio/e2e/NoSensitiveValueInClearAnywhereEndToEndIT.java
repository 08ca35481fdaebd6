package pa.gob.refugio.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pa.gob.refugio.e2e.Procedure.APPEALS;
import static pa.gob.refugio.e2e.Procedure.DECISION;
import static pa.gob.refugio.e2e.Procedure.DOCUMENTS;
import static pa.gob.refugio.e2e.Procedure.INTERVIEW;
import static pa.gob.refugio.e2e.Procedure.REGISTRATION;
import static pa.gob.refugio.e2e.RunningStack.as;
import static pa.gob.refugio.e2e.RunningStack.eventually;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.events.appeals.AppealDenied;
import pa.gob.refugio.events.appeals.AppealWindowOpenedV2;
import pa.gob.refugio.events.appeals.ReconsiderationWindowOpenedV2;
import pa.gob.refugio.events.documents.ProvisionalIdIssued;
import pa.gob.refugio.infra.EmbeddedPostgresServer;
import pa.gob.refugio.security.Roles;

/**
 * Issue 11, "no clear copy of sensitive data anywhere": a full procedure driven with a marker in every sensitive
 * value the API takes (identity document number, grounds stated, late-filing justification, an uploaded copy of
 * the identity document, interview summary, decision reasons, reconsideration and appeal grounds and reasons, the
 * case summary sent to the Ministry, a registration sent with an Idempotency-Key; since issue 13 also SNM's holder
 * particulars, a statelessness referral's reason, a correction's reason and evidence), then EVERY row of EVERY
 * table of the five databases read as text, and EVERY record of EVERY Kafka topic read from the beginning: the marker is in
 * none of them, neither as text nor as the hex PostgreSQL shows bytes in.
 * <p>
 * Specific needs are codes ({@code SURVIVOR_OF_VIOLENCE}), not free text: they travel as facts in
 * {@code ApplicationRegistered} for the interview priority, so they carry no marker here.
 */
class NoSensitiveValueInClearAnywhereEndToEndIT {

    private static KafkaEvents events;

    @BeforeAll
    static void startStack() {
        events = new KafkaEvents(RunningStack.get().kafkaBootstrapServers());
    }

    @AfterAll
    static void closeEvents() {
        if (events != null) {
            events.close();
        }
    }

    @Test
    void afterAFullProcedureNoTableAndNoTopicHoldsAMarkedValueInClear() throws Exception {
        String marker = "qzmark" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

        // Registration, in time, sent twice with the same Idempotency-Key (the second is a replay)
        String idempotencyKey = UUID.randomUUID().toString();
        String body = registration(LocalDate.now().minusDays(20), null, "P" + marker.toUpperCase(Locale.ROOT),
                "Persecución por su sindicato " + marker);
        Response first = as(Roles.ONPAR_REGISTRATION, REGISTRATION).header("Idempotency-Key", idempotencyKey)
                .body(body).post("/api/v1/applications");
        assertEquals(201, first.statusCode(), first.asString());
        Response replay = as(Roles.ONPAR_REGISTRATION, REGISTRATION).header("Idempotency-Key", idempotencyKey)
                .body(body).post("/api/v1/applications");
        assertEquals(201, replay.statusCode(), replay.asString());
        assertEquals("true", replay.header("Idempotent-Replayed"));
        assertTrue(replay.asString().contains(marker), "the replay answers the first response in full");
        JsonPath registered = first.jsonPath();
        UUID caseId = UUID.fromString(registered.getString("application.caseId"));
        String memberId = registered.getString("application.members[0].memberId");

        // An uploaded copy of the identity document
        byte[] copy = ("%PDF-1.4\n% Pasaporte " + marker + "\n").getBytes(StandardCharsets.US_ASCII);
        as(Roles.ONPAR_REGISTRATION, REGISTRATION).contentType("application/pdf").body(copy)
                .put("/api/v1/applications/" + caseId + "/members/" + memberId + "/identity-document-copy")
                .then().statusCode(200);

        // A late application with its justification
        Response late = as(Roles.ONPAR_REGISTRATION, REGISTRATION)
                .body(registration(LocalDate.now().minusYears(1), "Hospitalizada en Darién " + marker,
                        "L" + UUID.randomUUID().toString().replace("-", "").substring(0, 10), "Motivos"))
                .post("/api/v1/applications");
        assertEquals(201, late.statusCode(), late.asString());

        // Interview, admissibility, rejection, reconsideration confirmed, appeal denied
        interview(caseId, "Relato de la huida " + marker);
        decide(caseId, "/admissibility", Roles.ONPAR_ELIGIBILITY, Map.of("outcome", "ADMITTED",
                "reasons", "Admitida " + marker));
        events.await(ProvisionalIdIssued.class, caseId, 1);

        // Issue 13: SNM's holder particulars, a statelessness referral's reason, a correction's reason and evidence
        String documentNumber = String.valueOf(Procedure.documents(caseId, 1).get(0).get("documentNumber"));
        Response holder = as(Roles.SNM, DOCUMENTS).body(Map.of("givenNames", "Ana " + marker,
                        "familyNames", "Rojas " + marker, "dateOfBirth", "1988-03-14", "nationality", "VEN",
                        "sex", "F", "photoContentType", "image/png",
                        "photoBase64", java.util.Base64.getEncoder().encodeToString(
                                PrintedDocumentsVerifyOfflineEndToEndIT.png())))
                .put("/api/v1/documents/" + documentNumber + "/holder");
        assertEquals(200, holder.statusCode(), holder.asString());
        as(Roles.ONPAR_ELIGIBILITY, REGISTRATION).body(Map.of("reason", "Sin nacionalidad " + marker))
                .post("/api/v1/applications/" + caseId + "/members/" + memberId + "/statelessness-referrals")
                .then().statusCode(201);
        String versions = "/api/v1/applications/" + caseId + "/members/" + memberId + "/versions";
        String etag = as(Roles.ONPAR_REGISTRATION, REGISTRATION).get(versions).then().statusCode(200)
                .extract().header("ETag");
        as(Roles.ONPAR_REGISTRATION, REGISTRATION).header("If-Match", etag)
                .body(Map.of("givenNames", "Ana Mariela", "reasonCode", "TRANSCRIPTION_ERROR",
                        "reason", "Mal escrito " + marker,
                        "evidence", Map.of("documentType", "PASSPORT", "documentNumber", "E" + marker)))
                .post("/api/v1/applications/" + caseId + "/members/" + memberId + "/corrections")
                .then().statusCode(200);
        String rejection = decide(caseId, "/eligibility", Roles.CONARE, Map.of("outcome", "REJECTED",
                "decidedOn", LocalDate.now().toString(), "reasons", "No se acredita " + marker));
        Procedure.notifyResolution(rejection, LocalDate.now());
        events.await(ReconsiderationWindowOpenedV2.class, caseId, 1);
        Response filed = eventually(() -> as(Roles.ONPAR_REGISTRATION, APPEALS)
                        .body(Map.of("decisionId", rejection, "grounds", "Nuevas pruebas " + marker))
                        .post("/api/v1/cases/" + caseId + "/reconsiderations"),
                resp -> resp.statusCode() != 404);
        assertEquals(201, filed.statusCode(), filed.asString());
        String reconsideration = filed.jsonPath().getString("reconsiderationId");
        as(Roles.CONARE, APPEALS).body(Map.of("outcome", "CONFIRMED", "reasons", "Confirmado " + marker))
                .post("/api/v1/reconsiderations/" + reconsideration + "/decision").then().statusCode(200);
        as(Roles.ONPAR_ELIGIBILITY, APPEALS)
                .body(Map.of("notifiedOn", LocalDate.now().toString(), "channel", "IN_PERSON"))
                .post("/api/v1/reconsiderations/" + reconsideration + "/notification").then().statusCode(201);
        events.await(AppealWindowOpenedV2.class, caseId, 1);
        Response appeal = as(Roles.ONPAR_REGISTRATION, APPEALS)
                .body(Map.of("decisionId", rejection, "grounds", "Apelación " + marker))
                .post("/api/v1/cases/" + caseId + "/appeals");
        assertEquals(201, appeal.statusCode(), appeal.asString());
        String appealId = appeal.jsonPath().getString("appealId");
        as(Roles.MINISTER, APPEALS).get("/api/v1/appeals/" + appealId + "/case-summary").then().statusCode(200);
        as(Roles.MINISTER, APPEALS).body(Map.of("outcome", "DENIED", "reasons", "Se confirma " + marker))
                .post("/api/v1/appeals/" + appealId + "/decision").then().statusCode(200);
        events.await(AppealDenied.class, caseId, 1);

        // The API still answers the values in plain (so the marker was really stored somewhere)
        as(Roles.ONPAR_REGISTRATION, REGISTRATION).get("/api/v1/applications/" + caseId)
                .then().statusCode(200).body(org.hamcrest.Matchers.containsString(marker));

        // A partner's referral: the referred person's facts and the consent's purpose
        as(Roles.PARTNER_NGO, REGISTRATION)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("partnerReference", "HIAS-" + UUID.randomUUID().toString().substring(0, 8),
                        "person", Map.of("givenNames", "Rosa " + marker, "familyNames", "Quispe " + marker,
                                "dateOfBirth", "1993-02-11", "nationalities", List.of("PER"),
                                "needsSummary", "Necesita " + marker),
                        "consent", Map.of("purpose", "Referral to ONPAR " + marker,
                                "scopes", List.of("REFER_TO_ONPAR", "SHARE_STATUS_UPDATES"),
                                "givenOn", LocalDate.now().toString(), "takenBy", "Caseworker M. Díaz")))
                .post("/api/v1/referrals").then().statusCode(201);

        List<String> found = new ArrayList<>();
        for (String service : List.of(REGISTRATION, INTERVIEW, DECISION, DOCUMENTS, APPEALS)) {
            found.addAll(rowsHolding(service, marker));
        }
        found.addAll(kafkaRecordsHolding(marker));
        assertTrue(found.isEmpty(), "the marker " + marker + " is stored in clear in: " + found);
    }

    private static String registration(LocalDate entryDate, String lateJustification, String documentNumber,
                                       String grounds) {
        String family = "Rojas " + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 6);
        return "{\"intakeSite\": \"ONPAR Balboa\", \"entryDate\": \"" + entryDate + "\", "
                + (lateJustification == null ? "" : "\"lateFilingJustification\": \"" + lateJustification + "\", ")
                + "\"groundsStated\": \"" + grounds + "\", "
                + "\"members\": [{\"role\": \"PRINCIPAL\", \"givenNames\": \"Ana María\", \"familyNames\": \""
                + family + "\", \"sex\": \"F\", \"dateOfBirth\": \"1988-03-14\", \"nationalities\": [\"VEN\"], "
                + "\"specificNeeds\": [\"SURVIVOR_OF_VIOLENCE\"], "
                + "\"identityDocument\": {\"type\": \"PASSPORT\", \"number\": \"" + documentNumber
                + "\", \"issuingCountry\": \"VEN\"}}]}";
    }

    private static void interview(UUID caseId, String summary) {
        List<Map<String, Object>> interviews = eventually(
                () -> as(Roles.ONPAR_ELIGIBILITY, INTERVIEW).get("/api/v1/cases/" + caseId + "/interviews"),
                r -> r.statusCode() == 200 && !r.jsonPath().getList("$").isEmpty()).jsonPath().getList("$");
        for (Map<String, Object> interview : interviews) {
            Response r = as(Roles.ONPAR_ELIGIBILITY, INTERVIEW)
                    .body(Map.of("interviewer", "Oficial Gómez", "interpreterLanguage", "es",
                            "durationMinutes", 50, "summary", summary))
                    .post("/api/v1/interviews/" + interview.get("interviewId") + "/completion");
            assertEquals(200, r.statusCode(), r.asString());
        }
    }

    private static String decide(UUID caseId, String path, String role, Map<String, Object> body) {
        Response r = eventually(() -> as(role, DECISION).body(body).post("/api/v1/cases/" + caseId + path),
                resp -> resp.statusCode() != 409 && resp.statusCode() != 404);
        assertEquals(201, r.statusCode(), path + ": " + r.asString());
        return r.jsonPath().getString("decisionId");
    }

    /** Every row of every table of the service's database, as text, that holds the marker (or its bytes' hex). */
    private static List<String> rowsHolding(String service, String marker) throws SQLException {
        String text = marker.toLowerCase(Locale.ROOT);
        String hex = HexFormat.of().formatHex(marker.getBytes(StandardCharsets.US_ASCII));
        List<String> found = new ArrayList<>();
        int tables = 0;
        try (Connection c = DriverManager.getConnection(RunningStack.get().jdbcUrl(service),
                EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD)) {
            List<String> names = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select table_name from "
                    + "information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'")) {
                while (r.next()) {
                    names.add(r.getString(1));
                }
            }
            for (String table : names) {
                tables++;
                try (Statement s = c.createStatement();
                     ResultSet r = s.executeQuery("select t::text from \"" + table + "\" t")) {
                    while (r.next()) {
                        String row = r.getString(1) == null ? "" : r.getString(1).toLowerCase(Locale.ROOT);
                        if (row.contains(text) || row.contains(hex)) {
                            found.add(service + "." + table);
                            break;
                        }
                    }
                }
            }
        }
        assertTrue(tables > 5, service + ": its tables were read (" + tables + ")");
        return found;
    }

    /** Every record (key, value, headers) of every topic, read from the beginning, that holds the marker. */
    private static List<String> kafkaRecordsHolding(String marker) throws Exception {
        String bootstrap = RunningStack.get().kafkaBootstrapServers();
        Set<String> topics;
        Properties admin = new Properties();
        admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (Admin client = Admin.create(admin)) {
            topics = client.listTopics(new ListTopicsOptions().listInternal(false)).names().get();
        }
        assertTrue(topics.size() >= 5, "the five services' topics exist: " + topics);
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        p.put("auto.offset.reset", "earliest");
        p.put("enable.auto.commit", "false");
        byte[] needle = marker.getBytes(StandardCharsets.US_ASCII);
        List<String> found = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                consumer.partitionsFor(topic).forEach(info -> partitions.add(new TopicPartition(topic,
                        info.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long until = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                assertTrue(System.nanoTime() < until, "every topic read to its end within 2 minutes");
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    boolean holds = contains(r.key(), needle) || contains(r.value(), needle);
                    for (Header h : r.headers()) {
                        holds |= contains(h.value(), needle);
                    }
                    if (holds) {
                        found.add("topic " + r.topic() + " offset " + r.offset());
                    }
                }
            }
        }
        return found;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        if (haystack == null) {
            return false;
        }
        String text = new String(haystack, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        return text.contains(new String(needle, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT));
    }
}
