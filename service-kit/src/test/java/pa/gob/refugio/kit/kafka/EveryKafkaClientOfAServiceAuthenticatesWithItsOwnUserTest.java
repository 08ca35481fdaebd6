package pa.gob.refugio.kit.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.events.EventCatalog;
import pa.gob.refugio.events.EventJson;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.Topics;
import pa.gob.refugio.events.Trace;
import pa.gob.refugio.events.appeals.ChallengeWindowLapsed;
import pa.gob.refugio.infra.EmbeddedKafka;
import pa.gob.refugio.kit.inbox.SampleConsumer;
import pa.gob.refugio.kit.metrics.ConsumerLag;
import pa.gob.refugio.kit.outbox.OutboxRelay;
import pa.gob.refugio.kit.outbox.SampleUseCase;

/**
 * A service (the kit's test application) against a broker that authenticates and authorises (issue 12), configured
 * only through REFUGIO_KAFKA_SECURITY_PROTOCOL and REFUGIO_KAFKA_SASL_JAAS_CONFIG: the SmallRye connector's consumers
 * get the kafka.* security properties (and no empty optional one), consume under the service's ACLs; the outbox
 * relay's producer publishes; the consumer-lag Admin reads the groups' offsets.
 */
@QuarkusTest
@WithTestResource(value = SecuredKafkaResource.class, initArgs = @ResourceArg(name = "database", value = "kit_secured"))
class EveryKafkaClientOfAServiceAuthenticatesWithItsOwnUserTest {

    @Inject
    KafkaClientService clients;
    @Inject
    KafkaClientSecurity security;
    @Inject
    SampleUseCase useCase;
    @Inject
    OutboxRelay relay;
    @Inject
    ConsumerLag lag;

    @Test
    void theConnectorHandsTheSecuritySettingsToEveryChannelsConsumer() {
        String jaas = EmbeddedKafka.jaasConfig(SecuredKafkaResource.USER, SecuredKafkaResource.PASSWORD);
        for (String channel : List.of("kit-test-events", "calendar-events", "calendar-cases")) {
            Map<String, ?> config = clients.getConsumer(channel).configuration();
            assertEquals("SASL_PLAINTEXT", config.get("security.protocol"), channel);
            assertEquals("SCRAM-SHA-512", config.get("sasl.mechanism"), channel);
            assertEquals(jaas, String.valueOf(config.get("sasl.jaas.config")), channel);
            assertFalse(config.containsKey("ssl.truststore.location"), channel + ": an unset setting is absent");
        }
        assertEquals("SASL_PLAINTEXT", security.settings().protocol());
        assertEquals(SecuredKafkaResource.USER, security.settings().username());
        assertFalse(security.settings().toString().contains(SecuredKafkaResource.PASSWORD));
    }

    @Test
    void theOutboxRelayPublishesOnTheTopicItsUserMayWrite() {
        UUID caseId = UUID.randomUUID();
        useCase.change(caseId, false);
        assertTrue(relay.drain() >= 1, "the relay's producer published");
        try (KafkaConsumer<String, String> reader = adminConsumer()) {
            reader.subscribe(List.of(Topics.INTERVIEW));
            await(() -> {
                for (var r : reader.poll(Duration.ofMillis(300))) {
                    if (caseId.toString().equals(r.key())) {
                        return true;
                    }
                }
                return false;
            });
        }
    }

    @Test
    void theConsumerReadsUnderItsGroupAndTheLagAdminSeesItCaughtUp() throws Exception {
        ChallengeWindowLapsed event = new ChallengeWindowLapsed(EventMetadata.create(ChallengeWindowLapsed.class,
                UUID.randomUUID(), Trace.start(), Instant.now()), UUID.randomUUID(),
                ChallengeWindowLapsed.Window.RECONSIDERATION, LocalDate.now());
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.APPEALS, event.caseId().toString(),
                EventJson.write(event));
        header(record, "ce_type", EventCatalog.cloudEventType(ChallengeWindowLapsed.class));
        header(record, "ce_id", event.eventId().toString());
        header(record, "ce_specversion", "1.0");
        header(record, "ce_source", "test");
        header(record, "ce_correlationid", event.metadata().correlationId().toString());
        header(record, "content-type", "application/json");
        try (KafkaProducer<String, String> producer = adminProducer()) {
            producer.send(record).get(30, TimeUnit.SECONDS);
        }
        await(() -> SampleConsumer.ATTEMPTS.containsKey(event.eventId()));
        assertTrue(lag.watched().containsKey("kit-test"), "groups watched: " + lag.watched());
        await(() -> lag.refresh() && lag.lag("kit-test", Topics.APPEALS, 0) == 0);
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, Object> admin() {
        Map<String, Object> config = new HashMap<>(
                SecuredKafkaResource.kafka().adminClientSecurity());
        config.put("bootstrap.servers", SecuredKafkaResource.kafka().bootstrapServers());
        return config;
    }

    private static KafkaProducer<String, String> adminProducer() {
        Map<String, Object> config = admin();
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    private static KafkaConsumer<String, String> adminConsumer() {
        Map<String, Object> config = admin();
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
    }

    private static void await(BooleanSupplier condition) {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("not within 60 s");
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
