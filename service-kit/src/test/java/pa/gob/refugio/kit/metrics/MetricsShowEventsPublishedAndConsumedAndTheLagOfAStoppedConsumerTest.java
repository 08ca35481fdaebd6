package pa.gob.refugio.kit.metrics;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.events.EventCatalog;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.Trace;
import pa.gob.refugio.events.appeals.ChallengeWindowLapsed;
import pa.gob.refugio.events.interview.CaseReadyForDecision;
import pa.gob.refugio.kit.outbox.OutboxRelay;
import pa.gob.refugio.kit.outbox.SampleUseCase;
import pa.gob.refugio.testing.RealInfrastructure;
import pa.gob.refugio.testing.RealInfrastructureResource;
import pa.gob.refugio.testing.TestEvents;

/** /q/metrics over a real PostgreSQL and Kafka, read as Prometheus reads it: no token, plain text. */
@QuarkusTest
@WithTestResource(RealInfrastructureResource.class)
class MetricsShowEventsPublishedAndConsumedAndTheLagOfAStoppedConsumerTest {

    private static final String IDLE_TOPIC = "kit-test.idle";
    private static final String IDLE_GROUP = "kit-test-idle";

    @Inject
    SampleUseCase useCase;
    @Inject
    OutboxRelay relay;
    @Inject
    GaugeRefresher gauges;
    @Inject
    ConsumerLag lag;

    @Test
    void theEndpointNeedsNoTokenAndShowsHttpJvmPoolAndOutboxMetrics() {
        // one API request, so the HTTP timer exists (requests to /q/ are not timed)
        given().get("/api/v1/kit-test/public/ok-token").then().statusCode(200);
        String text = metrics();
        assertTrue(text.contains("http_server_requests_seconds_bucket{") && text.contains("le=\"0.25\""),
                "the latency buckets for percentiles");
        for (String name : List.of("refugio_outbox_pending ", "refugio_outbox_oldest_age_seconds ",
                "http_server_requests_seconds_count{", "jvm_memory_used_bytes{", "agroal_active_count{",
                "agroal_awaiting_count{")) {
            assertTrue(text.contains(name), name + " missing from /q/metrics");
        }
    }

    @Test
    void aPublishedEventIsCountedPerTypeAndLeavesTheOutboxBacklog() {
        String type = EventCatalog.cloudEventType(CaseReadyForDecision.class);
        double before = value(metrics(), "refugio_events_published_total", Map.of("type", type));
        useCase.change(UUID.randomUUID(), false);
        useCase.change(UUID.randomUUID(), false);
        gauges.refreshAll();
        assertTrue(value(metrics(), "refugio_outbox_pending", Map.of()) >= 2, "two rows wait in the outbox");

        relay.drain();
        gauges.refreshAll();
        String text = metrics();
        assertEquals(before + 2, value(text, "refugio_events_published_total", Map.of("type", type)));
        assertEquals(0, value(text, "refugio_outbox_pending", Map.of()));
        assertEquals(0, value(text, "refugio_outbox_oldest_age_seconds", Map.of()));
    }

    @Test
    void aConsumedEventIsCountedAsProcessedAndItsRedeliveryAsADuplicate() {
        String type = EventCatalog.cloudEventType(ChallengeWindowLapsed.class);
        Map<String, String> processed = Map.of("consumer", "kit-test", "type", type, "outcome", "processed");
        Map<String, String> duplicate = Map.of("consumer", "kit-test", "type", type, "outcome", "duplicate");
        double processedBefore = value(metrics(), "refugio_events_consumed_total", processed);
        double duplicatesBefore = value(metrics(), "refugio_events_consumed_total", duplicate);

        ChallengeWindowLapsed event = TestEvents.publish(new ChallengeWindowLapsed(EventMetadata.create(
                ChallengeWindowLapsed.class, UUID.randomUUID(), Trace.start(), Instant.now()), UUID.randomUUID(),
                ChallengeWindowLapsed.Window.RECONSIDERATION, LocalDate.now()));
        await(() -> value(metrics(), "refugio_events_consumed_total", processed) >= processedBefore + 1);
        TestEvents.publish(event);
        await(() -> value(metrics(), "refugio_events_consumed_total", duplicate) >= duplicatesBefore + 1);
        assertEquals(processedBefore + 1, value(metrics(), "refugio_events_consumed_total", processed));
    }

    @Test
    void theLagOfAStoppedConsumerGroupGrowsWithEveryRecordPublishedToItsTopic() {
        assertTrue(lag.watched().containsKey(IDLE_GROUP), "groups watched: " + lag.watched());
        assertTrue(lag.watched().containsKey("kit-test"), "groups watched: " + lag.watched());
        RealInfrastructure.kafka().createTopics(List.of(IDLE_TOPIC), 1);
        assertTrue(lag.refresh(), "Kafka answered");
        long before = lag.lag(IDLE_GROUP, IDLE_TOPIC, 0);
        assertTrue(before >= 0, "a series for the stopped group's partition");

        for (int i = 0; i < 3; i++) {
            TestEvents.publishRaw(IDLE_TOPIC, UUID.randomUUID().toString(), null, null, "{}");
        }
        assertTrue(lag.refresh());
        assertEquals(before + 3, lag.lag(IDLE_GROUP, IDLE_TOPIC, 0));
        assertEquals(before + 3, value(metrics(), "refugio_kafka_consumer_lag",
                Map.of("group", IDLE_GROUP, "topic", IDLE_TOPIC, "partition", "0")));

        // a running consumer catches up: its group's lag on its topic comes back to 0
        await(() -> lag.refresh() && lag.lag("kit-test", "appeals.events", 0) == 0);
    }

    private static String metrics() {
        return given().accept("text/plain").get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The value of the series {@code name} whose labels include {@code labels}; 0 when there is none. */
    static double value(String text, String name, Map<String, String> labels) {
        Pattern line = Pattern.compile("^" + Pattern.quote(name) + "(\\{[^}]*\\})?\\s+(\\S+)$", Pattern.MULTILINE);
        Matcher m = line.matcher(text);
        while (m.find()) {
            String tags = m.group(1) == null ? "" : m.group(1);
            if (labels.entrySet().stream().allMatch(e -> tags.contains(e.getKey() + "=\"" + e.getValue() + "\""))) {
                return Double.parseDouble(m.group(2));
            }
        }
        return 0;
    }

    private static void await(java.util.function.BooleanSupplier condition) {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("condition not met within 30 s");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
