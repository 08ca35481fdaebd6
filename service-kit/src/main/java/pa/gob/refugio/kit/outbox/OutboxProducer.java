package pa.gob.refugio.kit.outbox;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pa.gob.refugio.kit.kafka.KafkaClientSecurity;

/**
 * The Kafka producer of the outbox relay: {@code acks=all} and idempotence, so an acknowledged event is on every
 * in-sync replica and a retried send is never written twice by the broker. It authenticates as the service's channels
 * do ({@link KafkaClientSecurity}).
 */
@ApplicationScoped
public class OutboxProducer {

    private final String bootstrapServers;
    private final String source;
    private final int deliveryTimeoutSeconds;
    private final KafkaClientSecurity security;
    private KafkaProducer<String, String> producer;

    public OutboxProducer(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                          @ConfigProperty(name = "quarkus.application.name") String applicationName,
                          @ConfigProperty(name = "refugio.outbox.delivery-timeout-seconds", defaultValue = "30")
                          int deliveryTimeoutSeconds,
                          KafkaClientSecurity security) {
        this.bootstrapServers = bootstrapServers;
        this.security = security;
        this.source = "/refugio/" + applicationName;
        this.deliveryTimeoutSeconds = deliveryTimeoutSeconds;
    }

    private synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            Map<String, Object> config = new HashMap<>();
            config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
            config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
            config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(10_000, deliveryTimeoutSeconds * 1000));
            config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, deliveryTimeoutSeconds * 1000);
            config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, deliveryTimeoutSeconds * 1000L);
            config.put(ProducerConfig.CLIENT_ID_CONFIG, source.substring(source.lastIndexOf('/') + 1) + "-outbox");
            security.applyTo(config);
            producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    Future<RecordMetadata> send(ProducerRecord<String, String> record) {
        return producer().send(record);
    }

    int deliveryTimeoutSeconds() {
        return deliveryTimeoutSeconds;
    }

    String source() {
        return source;
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close(java.time.Duration.ofSeconds(5));
        }
    }
}
