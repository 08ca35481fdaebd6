package pa.gob.refugio.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * A real PostgreSQL server from the embedded binaries published on Maven Central (zonky).
 * One server, one database per service, as in production where each service owns its database.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** A throw-away server on a random port. */
    public static EmbeddedPostgresServer startEphemeral() {
        return start(Ports.free(), null);
    }

    /**
     * A server on {@code port} as the tests like it: quick, not crash-safe (zonky's defaults: the postmaster is started
     * with {@code -F}, fsync off, and {@code synchronous_commit=off}). With a data directory, its data survives a
     * clean restart, not a power cut.
     */
    public static EmbeddedPostgresServer start(int port, Path dataDirectory) {
        return start(port, dataDirectory, false);
    }

    /**
     * A server on {@code port}; with a data directory, its data survives restarts. {@code durable}: every commit is
     * on disk before it is acknowledged, as in production ({@code fsync=on}, overriding zonky's {@code -F} because a
     * later {@code -c} wins; {@code synchronous_commit=on}; {@code full_page_writes=on}, so a torn page after a crash
     * is repaired from the WAL).
     */
    public static EmbeddedPostgresServer start(int port, Path dataDirectory, boolean durable) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "300");
            if (durable) {
                builder.setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on");
            }
            if (dataDirectory != null) {
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            }
            return new EmbeddedPostgresServer(builder.start());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the embedded PostgreSQL on port " + port, e);
        }
    }

    /** Creates the database if it does not exist yet. */
    public void ensureDatabase(String name) {
        Provisioning.ensureDatabase(() -> postgres.getPostgresDatabase().getConnection(), name);
    }

    /** The server's current value of a setting ({@code SHOW name}), e.g. {@code fsync}. */
    public String setting(String name) {
        if (!name.matches("[a-z_]+")) {
            throw new IllegalArgumentException("Unexpected setting name " + name);
        }
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("show " + name)) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read setting " + name, e);
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + database;
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot stop PostgreSQL", e);
        }
    }
}
