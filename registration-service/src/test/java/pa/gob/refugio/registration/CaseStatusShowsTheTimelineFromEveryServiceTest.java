package pa.gob.refugio.registration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.Trace;
import pa.gob.refugio.events.decision.RejectionBecameFinal;
import pa.gob.refugio.events.decision.StatusRejected;
import pa.gob.refugio.events.interview.InterviewScheduled;
import pa.gob.refugio.events.registration.AsylumSeekerCertificateRevoked;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.EventLog;
import pa.gob.refugio.testing.RealInfrastructureResource;
import pa.gob.refugio.testing.Tokens;

@QuarkusTest
@WithTestResource(RealInfrastructureResource.class)
class CaseStatusShowsTheTimelineFromEveryServiceTest {

    static EventMetadata meta(Class<? extends pa.gob.refugio.events.DomainEvent> type, UUID caseId) {
        return EventMetadata.create(type, caseId, new Trace(UUID.randomUUID(), null), Instant.now());
    }

    static JsonPath statusWhen(UUID caseId, Predicate<JsonPath> ready) {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            JsonPath status = given().auth().oauth2(Tokens.of(Roles.ONPAR_ELIGIBILITY))
                    .when().get("/api/v1/applications/" + caseId + "/status")
                    .then().statusCode(200).extract().jsonPath();
            if (ready.test(status) || System.nanoTime() > until) {
                return status;
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void otherServicesEventsBuildTheTimelineAndAFinalRejectionOfEveryMemberClosesTheCase() {
        JsonPath registered = Families.register(Families.family("ONPAR Balboa"));
        UUID caseId = Families.caseId(registered);
        UUID member = UUID.fromString(registered.getString("application.members[0].memberId"));

        JsonPath fresh = statusWhen(caseId, s -> s.getList("timeline.type").contains("ApplicationRegistered"));
        given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION))
                .when().get("/api/v1/applications/" + caseId + "/status")
                .then().statusCode(200).body("status", equalTo("REGISTERED")).body("phase", equalTo("REGISTERED"));
        assertFalse(fresh.getString("timeline.fact").contains("Marta"), "no personal data in the timeline");

        Publish.event(new InterviewScheduled(meta(InterviewScheduled.class, caseId), UUID.randomUUID(), member,
                LocalDateTime.now().plusDays(7).withNano(0), "ONPAR Balboa"));
        JsonPath interviews = statusWhen(caseId, s -> "INTERVIEWS".equals(s.getString("phase")));
        org.junit.jupiter.api.Assertions.assertEquals("INTERVIEWS", interviews.getString("phase"));

        UUID decision = UUID.randomUUID();
        List<UUID> family = registered.getList("application.members.memberId", String.class).stream()
                .map(UUID::fromString).toList();
        Publish.event(new StatusRejected(meta(StatusRejected.class, caseId), decision, family, LocalDate.now()));
        Publish.event(new RejectionBecameFinal(meta(RejectionBecameFinal.class, caseId), decision,
                RejectionBecameFinal.Cause.APPEAL_WINDOW_LAPSED, LocalDate.now()));

        JsonPath closed = statusWhen(caseId, s -> "CLOSED".equals(s.getString("status")));
        org.junit.jupiter.api.Assertions.assertEquals("CLOSED", closed.getString("status"));
        org.junit.jupiter.api.Assertions.assertEquals("REJECTED_FINAL", closed.getString("phase"));
        org.junit.jupiter.api.Assertions.assertNull(closed.get("waitingFor"));
        org.hamcrest.MatcherAssert.assertThat(closed.getList("timeline.type"),
                hasItems("ApplicationRegistered", "InterviewScheduled", "StatusRejected", "RejectionBecameFinal"));
        org.hamcrest.MatcherAssert.assertThat(closed.getList("timeline.source"),
                hasItems("registration-service", "interview-service", "decision-service"));

        try (EventLog log = EventLog.of(pa.gob.refugio.events.Topics.REGISTRATION)) {
            log.await(AsylumSeekerCertificateRevoked.class, caseId, 3, Duration.ofSeconds(30));
        }
        given().auth().oauth2(Tokens.of(Roles.SNM)).contentType("application/json")
                .body("{\"departureDate\": \"" + LocalDate.now() + "\"}")
                .when().post("/api/v1/applications/" + caseId + "/departure")
                .then().statusCode(409);
    }

    @Test
    void anUnreadableEventGoesToTheDeadLetterTopicAndConsumptionGoesOn() throws Exception {
        UUID poisonCase = UUID.randomUUID();
        java.util.Properties p = new java.util.Properties();
        p.put("bootstrap.servers", pa.gob.refugio.testing.RealInfrastructure.kafka().bootstrapServers());
        try (org.apache.kafka.clients.producer.KafkaProducer<String, String> producer =
                     new org.apache.kafka.clients.producer.KafkaProducer<>(p,
                             new org.apache.kafka.common.serialization.StringSerializer(),
                             new org.apache.kafka.common.serialization.StringSerializer())) {
            org.apache.kafka.clients.producer.ProducerRecord<String, String> poison =
                    new org.apache.kafka.clients.producer.ProducerRecord<>(pa.gob.refugio.events.Topics.DECISION,
                            poisonCase.toString(), "{not json");
            poison.headers().add("ce_type", pa.gob.refugio.events.EventCatalog.cloudEventType(
                    pa.gob.refugio.events.decision.StatusRejected.class).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            poison.headers().add("ce_id", UUID.randomUUID().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            producer.send(poison).get();
        }
        try (EventLog dlq = EventLog.of("registration-service.dlq")) {
            long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (dlq.records().stream().noneMatch(r -> poisonCase.toString().equals(r.key()))
                    && System.nanoTime() < until) {
                dlq.matching(pa.gob.refugio.events.decision.StatusRecognized.class, e -> false);
            }
            org.junit.jupiter.api.Assertions.assertTrue(
                    dlq.records().stream().anyMatch(r -> poisonCase.toString().equals(r.key())),
                    "the poison record is in registration-service.dlq");
        }
        // The decision channel still consumes after the poison record.
        JsonPath registered = Families.register(Families.family("ONPAR Balboa"));
        UUID caseId = Families.caseId(registered);
        Publish.event(new StatusRejected(meta(StatusRejected.class, caseId), UUID.randomUUID(),
                List.of(UUID.fromString(registered.getString("application.members[0].memberId"))), LocalDate.now()));
        org.junit.jupiter.api.Assertions.assertEquals("REJECTED",
                statusWhen(caseId, s -> "REJECTED".equals(s.getString("phase"))).getString("phase"));
    }

    @Test
    void statusIsForOnparOnly() {
        UUID caseId = Families.caseId(Families.register(Families.family("ONPAR Balboa")));
        given().auth().oauth2(Tokens.of(Roles.PARTNER_NGO))
                .when().get("/api/v1/applications/" + caseId + "/status").then().statusCode(403);
        given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION))
                .when().get("/api/v1/applications/" + UUID.randomUUID() + "/status").then().statusCode(404)
                .body("status", not(equalTo(200)));
    }
}
