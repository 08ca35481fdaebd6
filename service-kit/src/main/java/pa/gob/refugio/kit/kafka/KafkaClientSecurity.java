package pa.gob.refugio.kit.kafka;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.inject.Singleton;
import jakarta.enterprise.event.Observes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * How this service's Kafka clients authenticate to the broker (docs/deploy.md "Kafka client security settings"):
 * {@code kafka.security.protocol}, {@code kafka.sasl.mechanism}, {@code kafka.sasl.jaas.config},
 * {@code kafka.ssl.truststore.type}, {@code kafka.ssl.truststore.location}, from the {@code REFUGIO_KAFKA_*}
 * environment variables. The SmallRye Kafka connector hands every {@code kafka.*} property to each channel's consumer,
 * producer and dead-letter producer; the clients the kit builds by hand (the outbox relay's producer, the
 * consumer-lag Admin) take them from {@link #applyTo(Map)}. Defaults: PLAINTEXT, the local stack and the tests.
 * <p>
 * The start is refused (launch mode NORMAL) for a protocol Kafka does not know, a SASL protocol without a JAAS
 * configuration, a SCRAM mechanism whose JAAS configuration is not SCRAM's, and TLS without a trust store (the
 * broker's certificate is signed by Strimzi's cluster CA, which the JVM does not trust) or with one that cannot be
 * read. The JAAS configuration (it holds the password) never appears in a log line or a message: only the user name.
 */
@Singleton
public class KafkaClientSecurity {

    private static final Logger LOG = Logger.getLogger(KafkaClientSecurity.class);

    public static final String PROTOCOL = "kafka.security.protocol";
    public static final String SASL_MECHANISM = "kafka.sasl.mechanism";
    public static final String JAAS_CONFIG = "kafka.sasl.jaas.config";
    public static final String TRUSTSTORE_TYPE = "kafka.ssl.truststore.type";
    public static final String TRUSTSTORE_LOCATION = "kafka.ssl.truststore.location";

    public static final String ENV_PROTOCOL = "REFUGIO_KAFKA_SECURITY_PROTOCOL";
    public static final String ENV_SASL_MECHANISM = "REFUGIO_KAFKA_SASL_MECHANISM";
    public static final String ENV_JAAS_CONFIG = "REFUGIO_KAFKA_SASL_JAAS_CONFIG";
    public static final String ENV_TRUSTSTORE_TYPE = "REFUGIO_KAFKA_SSL_TRUSTSTORE_TYPE";
    public static final String ENV_TRUSTSTORE_LOCATION = "REFUGIO_KAFKA_SSL_TRUSTSTORE_LOCATION";

    public static final Set<String> PROTOCOLS = Set.of("PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL");

    private static final Pattern USERNAME = Pattern.compile("username\\s*=\\s*\"([^\"]*)\"");

    /**
     * The settings as configured; absent ones are null. {@link #toString()} never shows the JAAS configuration.
     */
    public record Settings(String protocol, String saslMechanism, String jaasConfig, String truststoreType,
                           String truststoreLocation) {

        public static Settings plaintext() {
            return new Settings("PLAINTEXT", null, null, null, null);
        }

        public boolean sasl() {
            return protocol != null && protocol.startsWith("SASL_");
        }

        public boolean tls() {
            return "SSL".equals(protocol) || "SASL_SSL".equals(protocol);
        }

        /** The user named in the JAAS configuration (not a secret), or null. */
        public String username() {
            if (jaasConfig == null) {
                return null;
            }
            Matcher m = USERNAME.matcher(jaasConfig);
            return m.find() ? m.group(1) : null;
        }

        /** The Kafka client properties (without the {@code kafka.} prefix) that are set. */
        public Map<String, Object> clientProperties() {
            Map<String, Object> p = new LinkedHashMap<>();
            put(p, PROTOCOL, protocol);
            put(p, SASL_MECHANISM, saslMechanism);
            put(p, JAAS_CONFIG, jaasConfig);
            put(p, TRUSTSTORE_TYPE, truststoreType);
            put(p, TRUSTSTORE_LOCATION, truststoreLocation);
            return p;
        }

        private static void put(Map<String, Object> p, String property, String value) {
            if (value != null) {
                p.put(property.substring("kafka.".length()), value);
            }
        }

        /** For log lines: protocol, mechanism, user and trust store, never the JAAS configuration. */
        @Override
        public String toString() {
            StringBuilder s = new StringBuilder(String.valueOf(protocol));
            if (sasl()) {
                s.append(", ").append(saslMechanism).append(" as user '").append(username()).append('\'')
                        .append(jaasConfig == null ? " (no JAAS configuration)" : "");
            }
            if (tls()) {
                s.append(", trust store ").append(truststoreType == null ? "JKS" : truststoreType).append(' ')
                        .append(truststoreLocation == null ? "(none: the JVM's)" : truststoreLocation);
            }
            return s.toString();
        }
    }

    private final Settings settings;

    public KafkaClientSecurity() {
        this(from(ConfigProvider.getConfig()));
    }

    private KafkaClientSecurity(Settings settings) {
        this.settings = settings;
    }

    /** For a client outside CDI (tests, tools): the same settings a service would read. */
    public static KafkaClientSecurity of(Settings settings) {
        return new KafkaClientSecurity(settings);
    }

    /** The settings in {@code config} (blank values count as absent). */
    public static Settings from(Config config) {
        return new Settings(
                value(config, PROTOCOL).map(v -> v.toUpperCase(Locale.ROOT)).orElse("PLAINTEXT"),
                value(config, SASL_MECHANISM).orElse(null),
                value(config, JAAS_CONFIG).orElse(null),
                value(config, TRUSTSTORE_TYPE).orElse(null),
                value(config, TRUSTSTORE_LOCATION).orElse(null));
    }

    private static Optional<String> value(Config config, String name) {
        return config.getOptionalValue(name, String.class).map(String::trim).filter(v -> !v.isEmpty());
    }

    public Settings settings() {
        return settings;
    }

    /** Adds the security properties to the configuration of a Kafka client (producer, consumer, Admin). */
    public <M extends Map<? super String, Object>> M applyTo(M clientConfig) {
        clientConfig.putAll(settings.clientProperties());
        return clientConfig;
    }

    /** As {@link #applyTo(Map)}, for a client configured with {@link Properties}. */
    public Properties applyTo(Properties clientConfig) {
        clientConfig.putAll(settings.clientProperties());
        return clientConfig;
    }

    void onStart(@Observes StartupEvent event) {
        List<String> refusals = refusals(LaunchMode.current(), settings);
        if (!refusals.isEmpty()) {
            throw new IllegalStateException("Kafka client security settings refused (docs/deploy.md \"Kafka client"
                    + " security settings\"): " + String.join("; ", refusals));
        }
        LOG.infof("Kafka clients: %s%s", settings, "PLAINTEXT".equals(settings.protocol())
                ? " (unauthenticated: the local stack and tests only; a cluster sets REFUGIO_KAFKA_SECURITY_PROTOCOL)"
                : "");
    }

    /** Why {@code settings} may not be used in {@code mode}; empty when they may. Names the variables, never values. */
    public static List<String> refusals(LaunchMode mode, Settings settings) {
        List<String> refusals = new ArrayList<>();
        if (mode != LaunchMode.NORMAL) {
            return refusals;
        }
        if (!PROTOCOLS.contains(settings.protocol())) {
            refusals.add(ENV_PROTOCOL + " must be one of " + PROTOCOLS.stream().sorted().toList() + ", not '"
                    + settings.protocol() + "'");
            return refusals;
        }
        if (settings.sasl()) {
            if (settings.jaasConfig() == null) {
                refusals.add(settings.protocol() + " needs the client's credentials in " + ENV_JAAS_CONFIG
                        + " (the KafkaUser Secret's key sasl.jaas.config)");
            } else if (settings.saslMechanism() != null && settings.saslMechanism().startsWith("SCRAM-")
                    && !settings.jaasConfig().contains("ScramLoginModule")) {
                refusals.add(ENV_JAAS_CONFIG + " is not a ScramLoginModule configuration, which "
                        + ENV_SASL_MECHANISM + "=" + settings.saslMechanism() + " needs");
            }
        }
        if (settings.tls()) {
            if (settings.truststoreLocation() == null) {
                refusals.add(settings.protocol() + " needs the broker's CA certificate in "
                        + ENV_TRUSTSTORE_LOCATION + " (the Secret refugio-cluster-ca-cert, key ca.crt, mounted as a"
                        + " file) and " + ENV_TRUSTSTORE_TYPE + "=PEM");
            } else if (!Files.isReadable(Path.of(settings.truststoreLocation()))) {
                refusals.add(ENV_TRUSTSTORE_LOCATION + " names a file that cannot be read: "
                        + settings.truststoreLocation());
            }
        }
        return refusals;
    }
}
