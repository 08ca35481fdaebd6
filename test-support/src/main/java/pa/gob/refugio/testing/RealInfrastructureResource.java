package pa.gob.refugio.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;
import pa.gob.refugio.infra.LocalSigningKey;

/**
 * Points a {@code @QuarkusTest} at a real PostgreSQL and a real Kafka broker started in the test JVM (no Docker; or
 * Testcontainers' with the Maven profile {@code testcontainers}, see {@link TestInfrastructure}):
 * {@code @WithTestResource(RealInfrastructureResource.class)}. The database is named by the {@code database}
 * init argument (default {@code refugio}).
 */
public class RealInfrastructureResource implements QuarkusTestResourceLifecycleManager {

    private String database = "refugio";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        RealInfrastructure.ensureStarted();
        RealInfrastructure.postgres().ensureDatabase(database);
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", RealInfrastructure.postgres().jdbcUrl(database));
        config.put("quarkus.datasource.username", RealInfrastructure.postgres().user());
        config.put("quarkus.datasource.password", RealInfrastructure.postgres().password());
        config.put("kafka.bootstrap.servers", RealInfrastructure.kafka().bootstrapServers());
        config.put("mp.jwt.verify.publickey.location", RealInfrastructure.publicKeyFile().toUri().toString());
        config.put("mp.jwt.verify.issuer", LocalSigningKey.ISSUER);
        config.put("smallrye.jwt.token.kid", LocalSigningKey.KEY_ID);
        return config;
    }

    @Override
    public void stop() {
        // Shared by every test class of this JVM; stopped at JVM exit.
    }
}
