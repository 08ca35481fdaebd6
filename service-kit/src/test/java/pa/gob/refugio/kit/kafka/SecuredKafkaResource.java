package pa.gob.refugio.kit.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import pa.gob.refugio.events.Topics;
import pa.gob.refugio.infra.EmbeddedKafka;
import pa.gob.refugio.testing.RealInfrastructureResource;

/**
 * The test JVM's PostgreSQL, and a broker of its own that authenticates (SCRAM-SHA-512) and authorises by ACL, with a
 * user for the kit's test service granted what a KafkaUser would grant it. The service gets its credentials the way a
 * Deployment gives them: REFUGIO_KAFKA_SECURITY_PROTOCOL and REFUGIO_KAFKA_SASL_JAAS_CONFIG.
 */
public class SecuredKafkaResource extends RealInfrastructureResource {

    static final String USER = "service-kit-test";
    static final String PASSWORD = UUID.randomUUID().toString();
    static final String ADMIN = "test-admin";
    static final String ADMIN_PASSWORD = UUID.randomUUID().toString();
    /** The outbox's events (SampleUseCase: CaseReadyForDecision) go to interview.events. */
    static final List<String> WRITES = List.of(Topics.INTERVIEW, "kit-test.dlq", "service-kit-test.dlq");
    static final List<String> READS = List.of(Topics.APPEALS, Topics.REGISTRATION, "kit-test.idle");

    private static EmbeddedKafka kafka;

    static synchronized EmbeddedKafka kafka() {
        if (kafka == null) {
            kafka = EmbeddedKafka.startSecured(ADMIN, ADMIN_PASSWORD);
            List<String> topics = new ArrayList<>(Topics.ALL);
            topics.addAll(List.of("kit-test.dlq", "service-kit-test.dlq", "kit-test.idle"));
            kafka.createTopics(topics, 1);
            kafka.createScramUser(USER, PASSWORD);
            List<AclBinding> acls = new ArrayList<>();
            WRITES.forEach(t -> {
                acls.add(allow(ResourceType.TOPIC, t, PatternType.LITERAL, AclOperation.WRITE));
                acls.add(allow(ResourceType.TOPIC, t, PatternType.LITERAL, AclOperation.DESCRIBE));
            });
            READS.forEach(t -> {
                acls.add(allow(ResourceType.TOPIC, t, PatternType.LITERAL, AclOperation.READ));
                acls.add(allow(ResourceType.TOPIC, t, PatternType.LITERAL, AclOperation.DESCRIBE));
            });
            acls.add(allow(ResourceType.GROUP, "kit-test", PatternType.LITERAL, AclOperation.READ));
            acls.add(allow(ResourceType.GROUP, "kit-test-idle", PatternType.LITERAL, AclOperation.READ));
            acls.add(allow(ResourceType.GROUP, USER + "-", PatternType.PREFIXED, AclOperation.READ));
            kafka.createAcls(acls);
            EmbeddedKafka broker = kafka;
            Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "stop-secured-kafka"));
        }
        return kafka;
    }

    private static AclBinding allow(ResourceType type, String name, PatternType pattern, AclOperation operation) {
        return new AclBinding(new ResourcePattern(type, name, pattern),
                new AccessControlEntry("User:" + USER, "*", operation, AclPermissionType.ALLOW));
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = super.start();
        config.put("kafka.bootstrap.servers", kafka().bootstrapServers());
        config.put(KafkaClientSecurity.ENV_PROTOCOL, "SASL_PLAINTEXT");
        config.put(KafkaClientSecurity.ENV_JAAS_CONFIG, EmbeddedKafka.jaasConfig(USER, PASSWORD));
        return config;
    }
}
