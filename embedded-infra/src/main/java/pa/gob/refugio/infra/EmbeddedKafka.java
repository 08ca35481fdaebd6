package pa.gob.refugio.infra;

import java.io.IOException;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A real, single-node Kafka broker in KRaft mode running inside this JVM (combined broker and controller).
 * Its log directory may be reused across runs: it is formatted once, with a fixed cluster id.
 * <p>
 * {@link #startSecured} starts one as a cluster runs it (issue 12): its client listener takes only SASL SCRAM-SHA-512
 * (SASL_PLAINTEXT: no TLS in the JVM, so no certificates to make) and the broker authorises every request with
 * Kafka's {@code StandardAuthorizer} ({@code allow.everyone.if.no.acl.found=false}): a user may do only what an ACL
 * grants it. The test's admin is a super user whose SCRAM credential is written when the log is formatted; other users
 * are made with {@link #createScramUser} and granted with {@link #createAcls}, through the Admin API. The controller
 * listener (its own port, for the broker's own registration and heartbeats) stays PLAINTEXT with the anonymous
 * principal as super user: a test broker on 127.0.0.1, never a deployment.
 */
public final class EmbeddedKafka implements AutoCloseable {

    /** Fixed so that a reused data directory always matches (format once, start many times). */
    static final String CLUSTER_ID = "UmVmdWdpb0thZmthMQ";
    private static final String CONTROLLER = "CONTROLLER";
    public static final String SCRAM_MECHANISM = "SCRAM-SHA-512";
    private static final String SCRAM_MODULE = "org.apache.kafka.common.security.scram.ScramLoginModule";

    private final int port;
    private final int controllerPort;
    private final Path logDir;
    /** The super user of a secured broker; null for the default (PLAINTEXT, no authorizer). */
    private final String adminUser;
    private final String adminPassword;
    private KafkaRaftServer server;

    private EmbeddedKafka(int port, int controllerPort, Path logDir, String adminUser, String adminPassword) {
        this.port = port;
        this.controllerPort = controllerPort;
        this.logDir = logDir;
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
    }

    /** Starts a broker on a random free port with a throw-away log directory. */
    public static EmbeddedKafka startEphemeral() {
        try {
            return start(Ports.free(), Files.createTempDirectory("refugio-kafka"));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create a Kafka log directory", e);
        }
    }

    /** Starts a broker on the given port, keeping its data in {@code logDir} (created and formatted if new). */
    public static EmbeddedKafka start(int port, Path logDir) {
        EmbeddedKafka kafka = new EmbeddedKafka(port, Ports.free(), logDir, null, null);
        kafka.startup();
        return kafka;
    }

    /**
     * Starts a broker on a random free port with a throw-away log directory whose client listener takes only
     * SASL_PLAINTEXT with SCRAM-SHA-512 and which authorises by ACL; {@code adminUser} (password
     * {@code adminPassword}) is its super user.
     */
    public static EmbeddedKafka startSecured(String adminUser, String adminPassword) {
        try {
            EmbeddedKafka kafka = new EmbeddedKafka(Ports.free(), Ports.free(),
                    Files.createTempDirectory("refugio-kafka-secured"), adminUser, adminPassword);
            kafka.startup();
            return kafka;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create a Kafka log directory", e);
        }
    }

    /** Whether clients must authenticate (started with {@link #startSecured}). */
    public boolean secured() {
        return adminUser != null;
    }

    private void startup() {
        try {
            Files.createDirectories(logDir);
            Map<String, Object> props = new HashMap<>();
            props.put("process.roles", "broker,controller");
            props.put("node.id", "1");
            props.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
            String listener = secured() ? "SASL_PLAINTEXT" : "PLAINTEXT";
            props.put("listeners", listener + "://127.0.0.1:" + port + "," + CONTROLLER + "://127.0.0.1:" + controllerPort);
            props.put("advertised.listeners", listener + "://127.0.0.1:" + port);
            props.put("controller.listener.names", CONTROLLER);
            props.put("inter.broker.listener.name", listener);
            props.put("listener.security.protocol.map", listener + ":" + listener + "," + CONTROLLER + ":PLAINTEXT");
            if (secured()) {
                props.put("sasl.enabled.mechanisms", SCRAM_MECHANISM);
                props.put("sasl.mechanism.inter.broker.protocol", SCRAM_MECHANISM);
                props.put("listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config", jaasConfig(adminUser, adminPassword));
                props.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
                props.put("allow.everyone.if.no.acl.found", "false");
                // the admin (also the inter-broker principal) and, on the controller listener only, the broker itself
                props.put("super.users", "User:" + adminUser + ";User:ANONYMOUS");
            }
            props.put("log.dirs", logDir.toString());
            props.put("offsets.topic.replication.factor", "1");
            props.put("offsets.topic.num.partitions", "3");
            props.put("transaction.state.log.replication.factor", "1");
            props.put("transaction.state.log.min.isr", "1");
            props.put("share.coordinator.state.topic.replication.factor", "1");
            props.put("share.coordinator.state.topic.min.isr", "1");
            props.put("group.initial.rebalance.delay.ms", "0");
            props.put("num.partitions", "3");
            props.put("auto.create.topics.enable", "true");
            // One broker has no replica to fall back on, so it fsyncs every appended batch before it acknowledges
            // it (a producer's acks=all then means "on this disk"). A production cluster of three brokers relies on
            // replication instead (replication factor 3, min.insync.replicas 2) and leaves flushing to the OS, which
            // is Kafka's default. The KRaft metadata log is fsynced by the controller in any case.
            props.put("log.flush.interval.messages", "1");
            KafkaConfig config = new KafkaConfig(props, false);
            if (!Files.exists(logDir.resolve("meta.properties"))) {
                new Formatter()
                        .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                        .setClusterId(CLUSTER_ID)
                        .setNodeId(1)
                        .setControllerListenerName(CONTROLLER)
                        .setMetadataLogDirectory(logDir.toString())
                        .setDirectories(List.of(logDir.toString()))
                        .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                        .setIgnoreFormatted(true)
                        .setScramArguments(secured()
                                ? List.of(SCRAM_MECHANISM + "=[name=" + adminUser + ",password=" + adminPassword + "]")
                                : List.of())
                        .run();
            }
            server = new KafkaRaftServer(config, Time.SYSTEM);
            server.startup();
            awaitReady();
        } catch (Exception e) {
            close();
            throw new IllegalStateException("Cannot start the embedded Kafka broker on port " + port, e);
        }
    }

    private void awaitReady() throws InterruptedException, ExecutionException {
        try (Admin admin = admin()) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (true) {
                try {
                    admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
                    return;
                } catch (Exception e) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("Kafka did not become ready", e);
                    }
                    Thread.sleep(200);
                }
            }
        }
    }

    /** Creates the topics (if missing) with the given partition count. */
    public void createTopics(List<String> topics, int partitions) {
        try (Admin admin = admin()) {
            Provisioning.createTopics(admin, topics, partitions);
        }
    }

    private Admin admin() {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        p.putAll(adminClientSecurity());
        return Admin.create(p);
    }

    /** The client properties with which the admin (super user) authenticates; empty for the default broker. */
    public Map<String, Object> adminClientSecurity() {
        return secured() ? clientSecurity(adminUser, adminPassword) : Map.of();
    }

    /** Client properties of a user of a secured broker: SASL_PLAINTEXT, SCRAM-SHA-512, its JAAS configuration. */
    public static Map<String, Object> clientSecurity(String user, String password) {
        return Map.of("security.protocol", "SASL_PLAINTEXT", "sasl.mechanism", SCRAM_MECHANISM,
                "sasl.jaas.config", jaasConfig(user, password));
    }

    /** A SCRAM JAAS configuration, as Strimzi writes it into a KafkaUser's Secret (key sasl.jaas.config). */
    public static String jaasConfig(String user, String password) {
        return SCRAM_MODULE + " required username=\"" + user + "\" password=\"" + password + "\";";
    }

    /** Creates (or replaces) a user's SCRAM-SHA-512 credential on a secured broker, as Strimzi does for a KafkaUser. */
    public void createScramUser(String user, String password) {
        try (Admin admin = admin()) {
            admin.alterUserScramCredentials(List.of(new UserScramCredentialUpsertion(user,
                    new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 8192), password)))
                    .all().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot create the SCRAM credential of " + user, e);
        }
    }

    /** Grants ACLs on a secured broker, as Strimzi does for a KafkaUser's {@code authorization: simple}. */
    public void createAcls(Collection<AclBinding> acls) {
        try (Admin admin = admin()) {
            admin.createAcls(acls).all().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot create ACLs", e);
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
        }
    }
}
