package pa.gob.refugio.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import pa.gob.refugio.events.Topics;
import pa.gob.refugio.infra.LocalSigningKey;

/**
 * One real PostgreSQL, one real Kafka broker and one signing key per test JVM, started on first use: embedded by
 * default (no Docker), Testcontainers' with {@code -Drefugio.test.infrastructure=testcontainers} (Maven profile
 * {@code testcontainers}; see {@link TestInfrastructure}).
 */
public final class RealInfrastructure {

    private static TestInfrastructure infrastructure;
    private static LocalSigningKey signingKey;

    public static synchronized void ensureStarted() {
        if (infrastructure != null) {
            return;
        }
        try {
            signingKey = LocalSigningKey.loadOrCreate(Files.createTempDirectory("refugio-keys"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        TestInfrastructure started = TestInfrastructure.start();
        started.kafka().createTopics(Topics.ALL, 3);
        infrastructure = started;
        Runtime.getRuntime().addShutdownHook(new Thread(started::close, "stop-test-infrastructure"));
    }

    public static TestPostgres postgres() {
        ensureStarted();
        return infrastructure.postgres();
    }

    public static TestKafka kafka() {
        ensureStarted();
        return infrastructure.kafka();
    }

    public static LocalSigningKey signingKey() {
        ensureStarted();
        return signingKey;
    }

    public static Path publicKeyFile() {
        return signingKey().publicKeyFile();
    }

    private RealInfrastructure() {
    }
}
