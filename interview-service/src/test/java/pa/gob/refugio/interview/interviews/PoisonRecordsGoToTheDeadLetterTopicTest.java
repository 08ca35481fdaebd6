package pa.gob.refugio.interview.interviews;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.events.EventCatalog;
import pa.gob.refugio.events.Topics;
import pa.gob.refugio.events.interview.InterviewScheduled;
import pa.gob.refugio.events.registration.ApplicationRegistered;
import pa.gob.refugio.testing.EventLog;
import pa.gob.refugio.testing.RealInfrastructure;
import pa.gob.refugio.testing.RealInfrastructureResource;

@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class,
        initArgs = @ResourceArg(name = "database", value = "interview"))
class PoisonRecordsGoToTheDeadLetterTopicTest {

    static final String DLQ = Topics.deadLetter("interview-service");

    @Test
    void anUnreadableRegistrationIsSetAsideAndTheNextOneIsStillProcessed() {
        RealInfrastructure.kafka().createTopics(List.of(DLQ), 1);
        String key = UUID.randomUUID().toString();
        Publish.raw(Topics.REGISTRATION, key, EventCatalog.cloudEventType(ApplicationRegistered.class), null,
                "{not json at all");
        ApplicationRegistered good = Family.registered();
        Publish.event(good, key); // same partition, after the poison record

        try (EventLog log = EventLog.of(Topics.INTERVIEW)) {
            log.await(InterviewScheduled.class, good.caseId(), 2, Duration.ofSeconds(120));
        }
        ConsumerRecord<String, String> deadLetter = awaitRecord(DLQ, key, Duration.ofSeconds(120));
        assertEquals("{not json at all", deadLetter.value());
        assertEquals(EventCatalog.cloudEventType(ApplicationRegistered.class), EventLog.header(deadLetter, "ce_type"));
    }

    private static ConsumerRecord<String, String> awaitRecord(String topic, String key, Duration timeout) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.kafka().bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "test-dlq-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer =
                     new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long until = System.nanoTime() + timeout.toNanos();
            List<String> seenKeys = new ArrayList<>();
            while (System.nanoTime() < until) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(r.key())) {
                        return r;
                    }
                    seenKeys.add(r.key());
                }
            }
            throw new AssertionError("No record with key " + key + " on " + topic + "; saw " + seenKeys);
        }
    }
}
