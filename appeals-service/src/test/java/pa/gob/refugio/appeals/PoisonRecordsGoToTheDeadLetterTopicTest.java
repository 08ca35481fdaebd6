package pa.gob.refugio.appeals;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.events.Topics;
import pa.gob.refugio.events.appeals.ReconsiderationWindowOpened;
import pa.gob.refugio.events.decision.ResolutionNotified.ResolutionKind;
import pa.gob.refugio.testing.EventLog;
import pa.gob.refugio.testing.RealInfrastructure;
import pa.gob.refugio.testing.RealInfrastructureResource;

@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "appeals"))
class PoisonRecordsGoToTheDeadLetterTopicTest {

    @Test
    void anUnreadableRecordIsDeadLetteredAndConsumptionGoesOn() throws Exception {
        UUID caseId = UUID.randomUUID();
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.kafka().bootstrapServers());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(),
                new StringSerializer())) {
            ProducerRecord<String, String> poison = new ProducerRecord<>(Topics.DECISION, caseId.toString(),
                    "{\"not\": \"an event\"}");
            poison.headers().add("ce_type", "pa.gob.refugio.NoSuchEvent.v1".getBytes(StandardCharsets.UTF_8));
            poison.headers().add("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
            producer.send(poison).get();
        }
        try (EventLog dlq = EventLog.of(Topics.deadLetter("appeals-service"));
             EventLog appeals = EventLog.of(Topics.APPEALS)) {
            // a good record behind the poison one, on the same partition, is still handled
            Publish.event(Publish.notified(caseId, UUID.randomUUID(), ResolutionKind.REJECTED, Publish.today()));
            appeals.awaitOne(ReconsiderationWindowOpened.class, caseId);
            long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (dlq.records().stream().noneMatch(r -> caseId.toString().equals(r.key()))
                    && System.nanoTime() < until) {
                dlq.matching(ReconsiderationWindowOpened.class, e -> false); // polls
            }
            assertTrue(dlq.records().stream().anyMatch(r -> caseId.toString().equals(r.key())),
                    "the poison record is in appeals-service.dlq");
            assertEquals("pa.gob.refugio.NoSuchEvent.v1", dlq.records().stream()
                    .filter(r -> caseId.toString().equals(r.key())).map(r -> EventLog.header(r, "ce_type"))
                    .findFirst().orElseThrow());
        }
    }

    @Test
    void healthAndOpenApiAreServed() {
        given().when().get("/q/health/ready").then().statusCode(200);
        String openapi = given().when().get("/q/openapi").then().statusCode(200).extract().asString();
        assertTrue(openapi.contains("/api/v1/cases/{caseId}/reconsiderations"), openapi);
        assertTrue(openapi.contains("/api/v1/calendar/closures"));
    }
}
