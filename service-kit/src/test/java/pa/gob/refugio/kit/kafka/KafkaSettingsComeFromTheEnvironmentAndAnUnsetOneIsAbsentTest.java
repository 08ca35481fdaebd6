package pa.gob.refugio.kit.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.runtime.LaunchMode;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The kit's configuration (META-INF/microprofile-config.properties and KafkaSecurityConfigSourceFactory, found on
 * the class path as Quarkus finds them) turns the REFUGIO_KAFKA_* variables into kafka.* client properties; an unset
 * optional one is absent (never "", which the connector would hand to every client); a production start refuses
 * settings that cannot authenticate, naming the variable and never the secret.
 */
class KafkaSettingsComeFromTheEnvironmentAndAnUnsetOneIsAbsentTest {

    private static final String JAAS = "org.apache.kafka.common.security.scram.ScramLoginModule required"
            + " username=\"decision-service\" password=\"s3cret-Pa55\";";

    private static SmallRyeConfig config(Map<String, String> environment) {
        return new SmallRyeConfigBuilder().addDefaultSources().addDiscoveredSources().addDefaultInterceptors()
                .withSources(new PropertiesConfigSource(environment, "test-environment", 300)).build();
    }

    private static Set<String> names(SmallRyeConfig config) {
        Set<String> names = new HashSet<>();
        config.getPropertyNames().forEach(names::add);
        return names;
    }

    @Test
    void withNothingSetTheClientsArePlaintextAndTheOptionalSettingsAreAbsent() {
        SmallRyeConfig config = config(Map.of());
        assertFalse(names(config).contains(KafkaClientSecurity.JAAS_CONFIG));
        assertFalse(names(config).contains(KafkaClientSecurity.TRUSTSTORE_LOCATION));
        Map<String, Object> client = KafkaClientSecurity.from(config).clientProperties();
        assertEquals("PLAINTEXT", client.get("security.protocol"));
        assertFalse(client.containsKey("sasl.jaas.config"));
        assertFalse(client.containsKey("ssl.truststore.location"));
        assertTrue(KafkaClientSecurity.refusals(LaunchMode.NORMAL, KafkaClientSecurity.from(config)).isEmpty());
    }

    @Test
    void theClusterSettingsBecomeTheClientPropertiesOfEveryClient() throws Exception {
        Path ca = Files.createTempFile("ca", ".crt");
        SmallRyeConfig config = config(Map.of(
                "REFUGIO_KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
                "REFUGIO_KAFKA_SASL_MECHANISM", "SCRAM-SHA-512",
                "REFUGIO_KAFKA_SASL_JAAS_CONFIG", JAAS,
                "REFUGIO_KAFKA_SSL_TRUSTSTORE_TYPE", "PEM",
                "REFUGIO_KAFKA_SSL_TRUSTSTORE_LOCATION", ca.toString()));
        assertEquals(JAAS, config.getValue("kafka.sasl.jaas.config", String.class));
        KafkaClientSecurity security = KafkaClientSecurity.of(KafkaClientSecurity.from(config));
        Properties admin = security.applyTo(new Properties());
        assertEquals("SASL_SSL", admin.get("security.protocol"));
        assertEquals("SCRAM-SHA-512", admin.get("sasl.mechanism"));
        assertEquals(JAAS, admin.get("sasl.jaas.config"));
        assertEquals("PEM", admin.get("ssl.truststore.type"));
        assertEquals(ca.toString(), admin.get("ssl.truststore.location"));
        assertTrue(KafkaClientSecurity.refusals(LaunchMode.NORMAL, security.settings()).isEmpty());
        String logged = security.settings().toString();
        assertTrue(logged.contains("decision-service"), logged);
        assertFalse(logged.contains("s3cret"), logged);
    }

    @Test
    void aProductionStartWithSaslButNoCredentialsIsRefusedNamingTheVariable() {
        List<String> refusals = KafkaClientSecurity.refusals(LaunchMode.NORMAL, KafkaClientSecurity.from(config(Map.of(
                "REFUGIO_KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT"))));
        assertEquals(1, refusals.size(), refusals.toString());
        assertTrue(refusals.get(0).contains("REFUGIO_KAFKA_SASL_JAAS_CONFIG"), refusals.toString());
        // tests and dev mode are not refused (they never set SASL without a broker of their own)
        assertTrue(KafkaClientSecurity.refusals(LaunchMode.TEST, KafkaClientSecurity.from(config(Map.of(
                "REFUGIO_KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT")))).isEmpty());
    }

    @Test
    void aProductionStartWithTlsButNoReadableTrustStoreIsRefusedNamingTheVariable() {
        List<String> none = KafkaClientSecurity.refusals(LaunchMode.NORMAL, KafkaClientSecurity.from(config(Map.of(
                "REFUGIO_KAFKA_SECURITY_PROTOCOL", "SASL_SSL", "REFUGIO_KAFKA_SASL_JAAS_CONFIG", JAAS))));
        assertEquals(1, none.size(), none.toString());
        assertTrue(none.get(0).contains("REFUGIO_KAFKA_SSL_TRUSTSTORE_LOCATION"), none.toString());
        List<String> missing = KafkaClientSecurity.refusals(LaunchMode.NORMAL, KafkaClientSecurity.from(config(Map.of(
                "REFUGIO_KAFKA_SECURITY_PROTOCOL", "SSL",
                "REFUGIO_KAFKA_SSL_TRUSTSTORE_LOCATION", "/nowhere/ca.crt"))));
        assertEquals(1, missing.size(), missing.toString());
        assertTrue(missing.get(0).contains("REFUGIO_KAFKA_SSL_TRUSTSTORE_LOCATION"), missing.toString());
    }

    @Test
    void aJaasConfigurationThatIsNotScramOrAnUnknownProtocolIsRefusedWithoutShowingTheSecret() {
        List<String> plain = KafkaClientSecurity.refusals(LaunchMode.NORMAL, KafkaClientSecurity.from(config(Map.of(
                "REFUGIO_KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT",
                "REFUGIO_KAFKA_SASL_JAAS_CONFIG", "org.apache.kafka.common.security.plain.PlainLoginModule required"
                        + " username=\"x\" password=\"s3cret-Pa55\";"))));
        assertEquals(1, plain.size(), plain.toString());
        assertFalse(plain.get(0).contains("s3cret"), plain.toString());
        List<String> unknown = KafkaClientSecurity.refusals(LaunchMode.NORMAL, KafkaClientSecurity.from(config(Map.of(
                "REFUGIO_KAFKA_SECURITY_PROTOCOL", "TLS"))));
        assertTrue(unknown.get(0).contains("REFUGIO_KAFKA_SECURITY_PROTOCOL"), unknown.toString());
    }
}
