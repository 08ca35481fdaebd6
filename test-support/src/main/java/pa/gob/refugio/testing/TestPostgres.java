package pa.gob.refugio.testing;

/** The PostgreSQL server of the test JVM: embedded (default) or a Testcontainers container ({@link RealInfrastructure}). */
public interface TestPostgres {

    /** Creates the database if it does not exist. */
    void ensureDatabase(String name);

    String jdbcUrl(String database);

    /** A superuser of the server (the tests' services connect as it). */
    String user();

    String password();
}
