package pa.gob.refugio.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import pa.gob.refugio.events.Topics;
import pa.gob.refugio.infra.EmbeddedKafka;
import pa.gob.refugio.infra.EmbeddedPostgresServer;
import pa.gob.refugio.infra.LocalSigningKey;

/** One real PostgreSQL, one real Kafka broker and one signing key per test JVM, started on first use. */
public final class RealInfrastructure {

    private static EmbeddedPostgresServer postgres;
    private static EmbeddedKafka kafka;
    private static LocalSigningKey signingKey;

    public static synchronized void ensureStarted() {
        if (kafka != null) {
            return;
        }
        try {
            signingKey = LocalSigningKey.loadOrCreate(Files.createTempDirectory("refugio-keys"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        postgres = EmbeddedPostgresServer.startEphemeral();
        kafka = EmbeddedKafka.startEphemeral();
        kafka.createTopics(Topics.ALL, 3);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.close();
            postgres.close();
        }, "stop-test-infrastructure"));
    }

    public static EmbeddedPostgresServer postgres() {
        ensureStarted();
        return postgres;
    }

    public static EmbeddedKafka kafka() {
        ensureStarted();
        return kafka;
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
