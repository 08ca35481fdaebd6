package pa.gob.refugio.testing;

import java.sql.DriverManager;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import pa.gob.refugio.infra.Provisioning;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * Testcontainers' PostgreSQL ({@value #DEFAULT_POSTGRES_IMAGE}, system property {@value #POSTGRES_IMAGE}) and Kafka
 * ({@value #DEFAULT_KAFKA_IMAGE}, KRaft, system property {@value #KAFKA_IMAGE}) instead of the embedded ones: chosen
 * with {@code -Drefugio.test.infrastructure=testcontainers} (Maven profile {@code testcontainers}). Needs a Docker
 * engine. Compiled by every build so that it cannot rot; started only by that profile. Not run on the build machine
 * of issue 12 (no Docker there): docs/deploy.md "Testcontainers where Docker exists".
 * <p>
 * The PostgreSQL server is set up as the embedded one: {@code max_connections=300} (five services' pools in one JVM),
 * user and password {@code postgres}, one database per service created on demand.
 */
final class ContainerTestInfrastructure implements TestInfrastructure {

    static final String POSTGRES_IMAGE = "refugio.test.postgres-image";
    static final String KAFKA_IMAGE = "refugio.test.kafka-image";
    static final String DEFAULT_POSTGRES_IMAGE = "postgres:17-alpine";
    static final String DEFAULT_KAFKA_IMAGE = "apache/kafka:4.1.2";
    private static final String USER = "postgres";
    private static final String PASSWORD = "postgres";

    private final PostgreSQLContainer postgres;
    private final KafkaContainer kafka;

    private ContainerTestInfrastructure(PostgreSQLContainer postgres, KafkaContainer kafka) {
        this.postgres = postgres;
        this.kafka = kafka;
    }

    static ContainerTestInfrastructure start() {
        PostgreSQLContainer postgres = new PostgreSQLContainer(DockerImageName.parse(
                System.getProperty(POSTGRES_IMAGE, DEFAULT_POSTGRES_IMAGE)).asCompatibleSubstituteFor("postgres"))
                .withDatabaseName("postgres").withUsername(USER).withPassword(PASSWORD);
        postgres.setCommand("postgres", "-c", "max_connections=300", "-c", "fsync=off");
        KafkaContainer kafka = new KafkaContainer(DockerImageName.parse(
                System.getProperty(KAFKA_IMAGE, DEFAULT_KAFKA_IMAGE)).asCompatibleSubstituteFor("apache/kafka"));
        postgres.start();
        try {
            kafka.start();
        } catch (RuntimeException e) {
            postgres.stop();
            throw e;
        }
        return new ContainerTestInfrastructure(postgres, kafka);
    }

    @Override
    public TestPostgres postgres() {
        return new TestPostgres() {
            @Override
            public void ensureDatabase(String name) {
                Provisioning.ensureDatabase(() -> DriverManager.getConnection(jdbcUrl("postgres"), USER, PASSWORD), name);
            }

            @Override
            public String jdbcUrl(String database) {
                return "jdbc:postgresql://" + postgres.getHost() + ":"
                        + postgres.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT) + "/" + database;
            }

            @Override
            public String user() {
                return USER;
            }

            @Override
            public String password() {
                return PASSWORD;
            }
        };
    }

    @Override
    public TestKafka kafka() {
        return new TestKafka() {
            @Override
            public String bootstrapServers() {
                return kafka.getBootstrapServers();
            }

            @Override
            public void createTopics(List<String> topics, int partitions) {
                Properties p = new Properties();
                p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
                try (Admin admin = Admin.create(p)) {
                    Provisioning.createTopics(admin, topics, partitions);
                }
            }
        };
    }

    @Override
    public void close() {
        kafka.stop();
        postgres.stop();
    }
}
