package pa.gob.refugio.kit.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.events.Topics;
import pa.gob.refugio.infra.EmbeddedKafka;

/**
 * Issue 12: the broker authenticates every client (SCRAM-SHA-512) and authorises it per service, so that no one but
 * decision-service can publish {@code StatusRecognized} on decision.events (documents-service would issue refugee
 * documents for it). A real broker in the JVM ({@link EmbeddedKafka#startSecured}, SASL_PLAINTEXT: TLS is not tested
 * here) with the ACLs each service's Strimzi KafkaUser declares ({@link #ACLS}: the
 * deploy/kubernetes/base/kafka KafkaUsers grant exactly these; deploy/kubernetes/check compares them with the channels), and clients configured through
 * {@link KafkaClientSecurity} from the REFUGIO_KAFKA_* variables, as a service's are.
 * <p>
 * A {@code @QuarkusTest} only to share {@link SecuredKafkaResource}'s broker and the Quarkus class loader with
 * {@link EveryKafkaClientOfAServiceAuthenticatesWithItsOwnUserTest}: Kafka installs its SCRAM SASL providers JVM-wide
 * ({@code java.security.Security}), once, from the first class loader that uses SCRAM; a SCRAM client or broker of
 * another class loader then finds providers whose callbacks it does not know and every login fails.
 */
@QuarkusTest
@WithTestResource(value = SecuredKafkaResource.class, initArgs = @ResourceArg(name = "database", value = "kit_secured"))
class EachServiceWritesOnlyItsOwnTopicsAndReadsOnlyWhatItConsumesTest {

    /**
     * A service's KafkaUser (authorization: simple): Write (and Describe) on its own topic and its dead-letter topic;
     * Read (and Describe) on the topics its channels consume, including the kit's calendar channels
     * (appeals.events, registration.events); Read on its consumer groups: the literal group named as the service
     * (what Quarkus gives a channel without a group.id: decision-, documents- and appeals-service's channels, and
     * interview-service's explicit one) and the prefix {@code <service>-} (registration-service's channels, the
     * kit's {@code <service>-calendar} and {@code <service>-calendar-cases}).
     */
    record ServiceAcls(String service, String ownTopic, List<String> consumes) {
        String deadLetterTopic() {
            return service + ".dlq";
        }
    }

    static final List<ServiceAcls> ACLS = List.of(
            new ServiceAcls("registration-service", Topics.REGISTRATION, List.of(Topics.REGISTRATION,
                    Topics.INTERVIEW, Topics.DECISION, Topics.DOCUMENTS, Topics.APPEALS)),
            new ServiceAcls("interview-service", Topics.INTERVIEW, List.of(Topics.REGISTRATION, Topics.APPEALS)),
            new ServiceAcls("decision-service", Topics.DECISION, List.of(Topics.REGISTRATION, Topics.INTERVIEW,
                    Topics.APPEALS)),
            new ServiceAcls("documents-service", Topics.DOCUMENTS, List.of(Topics.DECISION, Topics.REGISTRATION,
                    Topics.APPEALS)),
            new ServiceAcls("appeals-service", Topics.APPEALS, List.of(Topics.DECISION, Topics.APPEALS,
                    Topics.REGISTRATION)));

    private static final Map<String, String> PASSWORDS = new HashMap<>();
    private static EmbeddedKafka kafka;

    @BeforeAll
    static void usersOfTheSecuredBroker() throws Exception {
        kafka = SecuredKafkaResource.kafka();
        List<String> topics = new ArrayList<>(Topics.ALL);
        ACLS.forEach(s -> topics.add(s.deadLetterTopic()));
        kafka.createTopics(topics, 1);
        for (ServiceAcls s : ACLS) {
            String password = UUID.randomUUID().toString();
            PASSWORDS.put(s.service(), password);
            kafka.createScramUser(s.service(), password);
            kafka.createAcls(bindings(s));
        }
        awaitAuthenticates(ACLS.get(ACLS.size() - 1).service());
    }

    static List<AclBinding> bindings(ServiceAcls s) {
        List<AclBinding> acls = new ArrayList<>();
        String principal = "User:" + s.service();
        for (String topic : List.of(s.ownTopic(), s.deadLetterTopic())) {
            acls.add(allow(principal, ResourceType.TOPIC, topic, PatternType.LITERAL, AclOperation.WRITE));
            acls.add(allow(principal, ResourceType.TOPIC, topic, PatternType.LITERAL, AclOperation.DESCRIBE));
        }
        for (String topic : s.consumes()) {
            acls.add(allow(principal, ResourceType.TOPIC, topic, PatternType.LITERAL, AclOperation.READ));
            acls.add(allow(principal, ResourceType.TOPIC, topic, PatternType.LITERAL, AclOperation.DESCRIBE));
        }
        acls.add(allow(principal, ResourceType.GROUP, s.service(), PatternType.LITERAL, AclOperation.READ));
        acls.add(allow(principal, ResourceType.GROUP, s.service() + "-", PatternType.PREFIXED, AclOperation.READ));
        return acls;
    }

    private static AclBinding allow(String principal, ResourceType type, String name, PatternType pattern,
                                    AclOperation operation) {
        return new AclBinding(new ResourcePattern(type, name, pattern),
                new AccessControlEntry(principal, "*", operation, AclPermissionType.ALLOW));
    }

    /** SCRAM credentials and ACLs reach the broker through the metadata log: wait until a user can log in. */
    private static void awaitAuthenticates(String service) throws Exception {
        Properties p = new Properties();
        p.put("bootstrap.servers", kafka.bootstrapServers());
        security(service, PASSWORDS.get(service)).applyTo(p);
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        try (Admin admin = Admin.create(p)) {
            while (true) {
                try {
                    admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
                    return;
                } catch (Exception e) {
                    if (System.nanoTime() > until) {
                        throw e;
                    }
                    Thread.sleep(200);
                }
            }
        }
    }

    /** The settings a service reads from REFUGIO_KAFKA_SECURITY_PROTOCOL, _SASL_MECHANISM and _SASL_JAAS_CONFIG. */
    static KafkaClientSecurity security(String user, String password) {
        return KafkaClientSecurity.of(new KafkaClientSecurity.Settings("SASL_PLAINTEXT", "SCRAM-SHA-512",
                EmbeddedKafka.jaasConfig(user, password), null, null));
    }

    /** A producer configured as the outbox relay's (acks=all, idempotent) and the dead-letter producer. */
    private static KafkaProducer<String, String> producer(KafkaClientSecurity security) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 8000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 8000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        security.applyTo(config);
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    private static KafkaConsumer<String, String> consumer(KafkaClientSecurity security, String group) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        security.applyTo(config);
        return new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
    }

    private static Throwable send(KafkaClientSecurity security, String topic) {
        try (KafkaProducer<String, String> producer = producer(security)) {
            producer.send(new ProducerRecord<>(topic, UUID.randomUUID().toString(), "{}")).get(15, TimeUnit.SECONDS);
            return null;
        } catch (Exception e) {
            return e;
        }
    }

    /** Polls until a record arrives (null) or the broker refuses (the exception). */
    private static Throwable read(KafkaClientSecurity security, String group, String topic) {
        try (KafkaConsumer<String, String> consumer = consumer(security, group)) {
            consumer.subscribe(List.of(topic));
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (System.nanoTime() < until) {
                if (!consumer.poll(Duration.ofMillis(500)).isEmpty()) {
                    consumer.commitSync();
                    return null;
                }
            }
            return new AssertionError("nothing read from " + topic + " by group " + group);
        } catch (Exception e) {
            return e;
        }
    }

    private static void assertRefusedWith(Class<? extends Throwable> expected, Throwable outcome) {
        for (Throwable t = outcome; t != null; t = t.getCause()) {
            if (expected.isInstance(t)) {
                return;
            }
        }
        fail("expected " + expected.getSimpleName() + " but got " + outcome);
    }

    private static KafkaClientSecurity serviceUser(String service) {
        return security(service, PASSWORDS.get(service));
    }

    @Test
    void everyServiceWritesItsOwnTopicAndItsDeadLetterTopic() {
        for (ServiceAcls s : ACLS) {
            assertEquals(null, send(serviceUser(s.service()), s.ownTopic()), s.service() + " -> " + s.ownTopic());
            assertEquals(null, send(serviceUser(s.service()), s.deadLetterTopic()),
                    s.service() + " -> " + s.deadLetterTopic());
        }
    }

    @Test
    void documentsServiceCannotPublishOnDecisionServicesTopicSoNoOneElseCanRecogniseARefugee() {
        assertRefusedWith(TopicAuthorizationException.class, send(serviceUser("documents-service"), Topics.DECISION));
        assertRefusedWith(TopicAuthorizationException.class,
                send(serviceUser("registration-service"), "decision-service.dlq"));
    }

    @Test
    void aServiceReadsTheTopicsItConsumesWithItsOwnGroups() {
        assertEquals(null, send(serviceUser("decision-service"), Topics.DECISION));
        // the group Quarkus names after the service, and one of the prefix (the kit's calendar channel)
        assertEquals(null, read(serviceUser("documents-service"), "documents-service", Topics.DECISION));
        assertEquals(null, read(serviceUser("documents-service"), "documents-service-calendar", Topics.DECISION));
    }

    @Test
    void aServiceCannotReadATopicItDoesNotConsume() {
        assertRefusedWith(TopicAuthorizationException.class,
                read(serviceUser("interview-service"), "interview-service", Topics.DECISION));
    }

    @Test
    void aGroupOutsideTheServicesNamesIsRefused() {
        assertRefusedWith(GroupAuthorizationException.class,
                read(serviceUser("documents-service"), "decision-service", Topics.DECISION));
        assertRefusedWith(GroupAuthorizationException.class,
                read(serviceUser("documents-service"), "documents-servicex", Topics.DECISION));
    }

    @Test
    void aWrongPasswordIsRefused() {
        assertRefusedWith(SaslAuthenticationException.class, send(security("decision-service", "not-its-password"),
                Topics.DECISION));
    }

    @Test
    void aClientWithoutCredentialsIsRefused() {
        Throwable outcome = send(KafkaClientSecurity.of(KafkaClientSecurity.Settings.plaintext()), Topics.DECISION);
        // the listener expects a SASL handshake and drops the connection: the producer never learns the metadata
        assertFalse(outcome == null, "a PLAINTEXT client must not publish on the secured listener");
    }
}
