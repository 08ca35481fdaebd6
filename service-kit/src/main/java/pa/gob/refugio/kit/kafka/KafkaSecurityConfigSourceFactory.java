package pa.gob.refugio.kit.kafka;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The two Kafka client settings that have no default: {@code kafka.sasl.jaas.config} from
 * {@code REFUGIO_KAFKA_SASL_JAAS_CONFIG} and {@code kafka.ssl.truststore.location} from
 * {@code REFUGIO_KAFKA_SSL_TRUSTSTORE_LOCATION}, defined ONLY when the variable is set and not blank.
 * <p>
 * Written as {@code kafka.sasl.jaas.config=${REFUGIO_KAFKA_SASL_JAAS_CONFIG:}} in microprofile-config.properties they
 * would exist with an empty value when unset, and Quarkus hands every {@code kafka.*} name to the SmallRye Kafka
 * connector as {@code ""} (its {@code default-kafka-broker} map): an empty trust store location is a file named "",
 * which a TLS client fails to open. Ordinal {@value #ORDINAL}: above the kit's microprofile-config.properties (100),
 * below a service's application.properties (250) and the environment (300), which may set {@code kafka.*} directly.
 */
public class KafkaSecurityConfigSourceFactory implements ConfigSourceFactory {

    static final int ORDINAL = 150;
    static final String NAME = "refugio-kafka-security";

    /** Environment variable (or any configuration name) -> Kafka client property. */
    static final Map<String, String> OPTIONAL = Map.of(
            KafkaClientSecurity.ENV_JAAS_CONFIG, KafkaClientSecurity.JAAS_CONFIG,
            KafkaClientSecurity.ENV_TRUSTSTORE_LOCATION, KafkaClientSecurity.TRUSTSTORE_LOCATION);

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        Map<String, String> properties = new LinkedHashMap<>();
        OPTIONAL.forEach((variable, property) -> {
            ConfigValue value = context.getValue(variable);
            if (value != null && value.getValue() != null && !value.getValue().isBlank()) {
                properties.put(property, value.getValue().trim());
            }
        });
        return List.of(new PropertiesConfigSource(properties, NAME, ORDINAL));
    }
}
