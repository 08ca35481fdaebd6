package pa.gob.refugio.stack;

import java.nio.file.Path;
import java.util.List;

/** One of the five services: its module, database and default port. */
public record Service(String name, String database, int defaultPort) {

    public static final List<Service> ALL = List.of(
            new Service("registration-service", "registration", 8081),
            new Service("interview-service", "interview", 8082),
            new Service("decision-service", "decision", 8083),
            new Service("documents-service", "documents", 8084),
            new Service("appeals-service", "appeals", 8085));

    /** The packaged application (fast-jar) built by {@code ./mvnw package}. */
    public Path runner(Path repositoryRoot) {
        return repositoryRoot.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
    }
}
