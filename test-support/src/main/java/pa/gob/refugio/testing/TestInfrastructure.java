package pa.gob.refugio.testing;

/**
 * Where the tests' PostgreSQL and Kafka come from, chosen by the system property {@value #PROPERTY}:
 * {@code embedded} (the default: embedded PostgreSQL binaries and a KRaft broker in the JVM, no Docker) or
 * {@code testcontainers} (Testcontainers' PostgreSQL and Kafka containers; Maven profile {@code -Ptestcontainers},
 * needs a Docker engine). docs/deploy.md "Testcontainers where Docker exists".
 */
public interface TestInfrastructure extends AutoCloseable {

    String PROPERTY = "refugio.test.infrastructure";

    TestPostgres postgres();

    TestKafka kafka();

    @Override
    void close();

    /** Starts the infrastructure the system property names. */
    static TestInfrastructure start() {
        String kind = System.getProperty(PROPERTY, "embedded").trim();
        return switch (kind) {
            case "embedded", "" -> EmbeddedTestInfrastructure.start();
            case "testcontainers" -> ContainerTestInfrastructure.start();
            default -> throw new IllegalStateException(PROPERTY + " must be embedded or testcontainers, not '"
                    + kind + "'");
        };
    }
}
