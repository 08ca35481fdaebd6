package pa.gob.refugio.testing;

import java.util.List;

/** The Kafka broker of the test JVM: embedded (default) or a Testcontainers container ({@link RealInfrastructure}). */
public interface TestKafka {

    String bootstrapServers();

    /** Creates the topics (if missing) with the given partition count. */
    void createTopics(List<String> topics, int partitions);
}
