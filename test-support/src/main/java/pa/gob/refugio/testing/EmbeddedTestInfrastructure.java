package pa.gob.refugio.testing;

import java.util.List;
import pa.gob.refugio.infra.EmbeddedKafka;
import pa.gob.refugio.infra.EmbeddedPostgresServer;

/** The default: embedded PostgreSQL binaries and a KRaft broker in the test JVM (no Docker). */
final class EmbeddedTestInfrastructure implements TestInfrastructure {

    private final EmbeddedPostgresServer postgres;
    private final EmbeddedKafka kafka;

    private EmbeddedTestInfrastructure(EmbeddedPostgresServer postgres, EmbeddedKafka kafka) {
        this.postgres = postgres;
        this.kafka = kafka;
    }

    static EmbeddedTestInfrastructure start() {
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.startEphemeral();
        return new EmbeddedTestInfrastructure(postgres, EmbeddedKafka.startEphemeral());
    }

    @Override
    public TestPostgres postgres() {
        return new TestPostgres() {
            @Override
            public void ensureDatabase(String name) {
                postgres.ensureDatabase(name);
            }

            @Override
            public String jdbcUrl(String database) {
                return postgres.jdbcUrl(database);
            }

            @Override
            public String user() {
                return EmbeddedPostgresServer.USER;
            }

            @Override
            public String password() {
                return EmbeddedPostgresServer.PASSWORD;
            }
        };
    }

    @Override
    public TestKafka kafka() {
        return new TestKafka() {
            @Override
            public String bootstrapServers() {
                return kafka.bootstrapServers();
            }

            @Override
            public void createTopics(List<String> topics, int partitions) {
                kafka.createTopics(topics, partitions);
            }
        };
    }

    @Override
    public void close() {
        kafka.close();
        postgres.close();
    }
}
