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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.Topics;
import pa.gob.refugio.events.Trace;
import pa.gob.refugio.events.interview.CaseReadyForDecision;
import pa.gob.refugio.events.interview.CaseWaitlisted;
import pa.gob.refugio.events.interview.InterviewScheduled;
import pa.gob.refugio.events.registration.ApplicationRegistered;
import pa.gob.refugio.events.registration.ApplicationRegistered.FamilyRole;
import pa.gob.refugio.events.registration.ApplicationRegistered.Member;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.EventLog;
import pa.gob.refugio.testing.RealInfrastructure;
import pa.gob.refugio.testing.RealInfrastructureResource;
import pa.gob.refugio.testing.Tokens;

@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class,
        initArgs = @ResourceArg(name = "database", value = "interview"))
class AFullSiteKeepsFamiliesOnAWaitingListChildrenFirstTest {

    static final String DLQ = Topics.deadLetter("interview-service");
    static final String WEEKDAYS_ZERO = """
            {"name": "%s", "interviews": {"MONDAY": 0, "TUESDAY": 0, "WEDNESDAY": 0, "THURSDAY": 0, "FRIDAY": 0}}""";
    static final String WEEKDAYS = """
            {"name": "%s", "interviews": {"MONDAY": %d, "TUESDAY": %d, "WEDNESDAY": %d, "THURSDAY": %d, "FRIDAY": %d},
             "childrenSlots": %d}""";

    @Test
    void aFullSitePutsCasesOnTheWaitingListChildrenFirstAndAddingCapacityBooksThem() {
        RealInfrastructure.kafka().createTopics(List.of(DLQ), 1);
        String code = newCode();
        String site = "Sede " + code;
        setCapacity(code, WEEKDAYS_ZERO.formatted(site)).statusCode(200).body("interviews.MONDAY", equalTo(0));

        ApplicationRegistered adults = Family.registeredAt(site);
        ApplicationRegistered child = childAloneAt(site);
        Publish.event(adults, site);
        Publish.event(child, site); // one key: the adults' case is processed first

        try (EventLog log = EventLog.of(Topics.INTERVIEW)) {
            CaseWaitlisted adultsWait = log.awaitOne(CaseWaitlisted.class, adults.caseId());
            CaseWaitlisted childWaits = log.awaitOne(CaseWaitlisted.class, child.caseId());
            assertEquals(CaseWaitlisted.Priority.STANDARD, adultsWait.priority());
            assertEquals(2, adultsWait.interviewsNeeded());
            assertEquals(CaseWaitlisted.Priority.CHILD_ALONE, childWaits.priority());
            assertEquals(1, childWaits.interviewsNeeded());
            assertEquals(site, childWaits.site());
            assertTrue(log.matching(InterviewScheduled.class, e -> e.caseId().equals(adults.caseId())).isEmpty());
        }
        JsonPath list = waitingList(code);
        assertEquals(2, list.getInt("waiting"));
        assertEquals(List.of(child.caseId().toString(), adults.caseId().toString()), list.getList("items.caseId"));
        assertEquals(List.of(1, 2), list.getList("items.position"));
        assertEquals(List.of("CHILD_ALONE", "STANDARD"), list.getList("items.priority"));
        assertEquals(List.of("NO_FREE_SLOT", "NO_FREE_SLOT"), list.getList("items.reason"));
        assertTrue(Instant.parse(list.getString("items[0].since")).isBefore(Instant.now().plusSeconds(1)));
        assertEquals(0, deadLetters(Set.of(adults.caseId().toString(), child.caseId().toString(), site)),
                "no slot is business state, never a dead letter");

        setCapacity(code, WEEKDAYS.formatted(site, 2, 2, 2, 2, 2, 0)).statusCode(200)
                .body("bookedFromWaitingList", equalTo(2)).body("stillWaiting", equalTo(0));

        try (EventLog log = EventLog.of(Topics.INTERVIEW)) {
            InterviewScheduled childsInterview = log.awaitOne(InterviewScheduled.class, child.caseId());
            List<InterviewScheduled> adultsInterviews = log.await(InterviewScheduled.class, adults.caseId(), 2,
                    Duration.ofSeconds(120));
            LocalDateTime firstAdult = adultsInterviews.stream().map(InterviewScheduled::scheduledAt)
                    .min(Comparator.naturalOrder()).orElseThrow();
            assertEquals(Family.nextBusinessDayAt(7), childsInterview.scheduledAt());
            assertTrue(childsInterview.scheduledAt().isBefore(firstAdult), "the child first");
        }
        assertEquals(0, waitingList(code).getInt("waiting"));
        JsonPath childInterviews = Family.interviewsOf(child.caseId());
        assertEquals(List.of(true), childInterviews.getList("childAppropriate"));
        assertEquals(List.of(false, false), Family.interviewsOf(adults.caseId()).getList("childAppropriate"));
    }

    @Test
    void aChildAloneRegisteredAfterAdultsTheSameDayIsInterviewedFirstAndWithAGuardian() {
        String code = newCode();
        String site = "Sede " + code;
        setCapacity(code, WEEKDAYS.formatted(site, 8, 8, 8, 8, 8, 1)).statusCode(200).body("childrenSlots", equalTo(1));
        ApplicationRegistered adults = Family.registeredAt(site);
        ApplicationRegistered child = childAloneAt(site);
        Publish.event(adults, site);
        Publish.event(child, site);

        UUID childsInterviewId;
        try (EventLog log = EventLog.of(Topics.INTERVIEW)) {
            List<InterviewScheduled> adultsInterviews = log.await(InterviewScheduled.class, adults.caseId(), 2,
                    Duration.ofSeconds(120));
            InterviewScheduled childs = log.awaitOne(InterviewScheduled.class, child.caseId());
            assertEquals(Family.nextBusinessDayAt(7), childs.scheduledAt());
            assertEquals(Set.of(Family.nextBusinessDayAt(8), Family.nextBusinessDayAt(9)),
                    Set.copyOf(adultsInterviews.stream().map(InterviewScheduled::scheduledAt).toList()));
            childsInterviewId = childs.interviewId();
        }

        given().auth().oauth2(Tokens.of(Roles.ONPAR_ELIGIBILITY)).contentType("application/json")
                .body(Family.completion("Relato de la niña"))
                .when().post("/api/v1/interviews/" + childsInterviewId + "/completion")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.endsWith("guardian-required"));
        given().auth().oauth2(Tokens.of(Roles.ONPAR_ELIGIBILITY)).contentType("application/json")
                .body("""
                        {"interviewer": "Oficial Gómez", "durationMinutes": 30, "summary": "Relato de la niña",
                         "guardianOrLegalRepresentative": "Abogada de SENNIAF"}""")
                .when().post("/api/v1/interviews/" + childsInterviewId + "/completion")
                .then().statusCode(200).body("childAppropriate", equalTo(true))
                .body("record.guardianOrLegalRepresentative", equalTo("Abogada de SENNIAF"));
        try (EventLog log = EventLog.of(Topics.INTERVIEW)) {
            assertEquals(List.of(child.members().get(0).memberId()),
                    log.awaitOne(CaseReadyForDecision.class, child.caseId()).interviewedMemberIds());
        }
    }

    @Test
    void capacityIsValidatedAndOnlyOperatorsAndOnparMaySetIt() {
        String code = newCode();
        setCapacity(code, """
                {"interviews": {"SATURDAY": 3}}""").statusCode(422)
                .body("type", org.hamcrest.Matchers.endsWith("not-a-business-day"));
        setCapacity(code, """
                {"interviews": {"MONDAY": 12}}""").statusCode(422)
                .body("type", org.hamcrest.Matchers.endsWith("capacity-exceeds-office-hours"));
        setCapacity(code, """
                {"interviews": {"MONDAY": -1}}""").statusCode(400);
        setCapacity(code, "{}").statusCode(400);
        given().auth().oauth2(Tokens.of(Roles.PARTNER_NGO)).contentType("application/json")
                .body("{\"interviews\": {\"MONDAY\": 1}}").when().put("/api/v1/sites/" + code + "/capacity")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION)).contentType("application/json")
                .body("{\"interviews\": {\"MONDAY\": 1}}").when().put("/api/v1/sites/" + code + "/capacity")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.of(Roles.OPERATIONS)).when().get("/api/v1/sites/" + code + "/capacity")
                .then().statusCode(404);
        given().auth().oauth2(Tokens.of(Roles.OPERATIONS)).when().get("/api/v1/sites/BALBOA/capacity")
                .then().statusCode(200).body("name", equalTo("ONPAR Balboa")).body("interviews.FRIDAY", equalTo(8))
                .body("childrenSlots", equalTo(1));
        given().auth().oauth2(Tokens.of(Roles.PARTNER_NGO)).when().get("/api/v1/waiting-list?site=BALBOA")
                .then().statusCode(403);
    }

    static ApplicationRegistered childAloneAt(String site) {
        UUID caseId = UUID.randomUUID();
        return new ApplicationRegistered(
                EventMetadata.create(ApplicationRegistered.class, caseId, Trace.start(), Instant.now()),
                "ONPAR-2026-" + caseId.toString().substring(0, 6), site, LocalDate.now(Family.PANAMA), false,
                List.of(new Member(UUID.randomUUID(), FamilyRole.PRINCIPAL, false, true)));
    }

    static String newCode() {
        return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(Locale.ROOT);
    }

    static io.restassured.response.ValidatableResponse setCapacity(String code, String body) {
        return given().auth().oauth2(Tokens.of(Roles.OPERATIONS)).contentType("application/json").body(body)
                .when().put("/api/v1/sites/" + code + "/capacity").then();
    }

    static JsonPath waitingList(String code) {
        return given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION)).queryParam("site", code)
                .when().get("/api/v1/waiting-list").then().statusCode(200).extract().jsonPath();
    }

    /** Records on the dead-letter topic keyed by one of {@code keys}, read for a few seconds. */
    static int deadLetters(Set<String> keys) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.kafka().bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "test-dlq-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        int found = 0;
        try (KafkaConsumer<String, String> consumer =
                     new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(DLQ));
            long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (System.nanoTime() < until) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    if (keys.contains(r.key())) {
                        found++;
                    }
                }
            }
        }
        return found;
    }
}
