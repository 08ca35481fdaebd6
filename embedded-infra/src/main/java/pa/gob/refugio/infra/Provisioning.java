package pa.gob.refugio.infra;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * What the tests and the local stack create on a PostgreSQL server and a Kafka cluster, whichever runs them (the
 * embedded ones here, or test-support's Testcontainers): a database per service, the event topics.
 */
public final class Provisioning {

    /** Opens a connection to the server's maintenance database ({@code postgres}). */
    @FunctionalInterface
    public interface ConnectionSource {
        Connection open() throws SQLException;
    }

    private Provisioning() {
    }

    /** Creates the database if it does not exist yet; names are lower-case letters and underscores only. */
    public static void ensureDatabase(ConnectionSource server, String name) {
        if (!name.matches("[a-z_]+")) {
            throw new IllegalArgumentException("Unexpected database name " + name);
        }
        try (Connection c = server.open(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name, e);
        }
    }

    /** Creates each topic that does not exist yet, with replication factor 1 (one broker). */
    public static void createTopics(Admin admin, List<String> topics, int partitions) {
        try {
            for (String topic : topics) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("Cannot create topic " + topic, e);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Timed out creating topics", e);
        }
    }
}
