package pa.gob.refugio.kit.operations;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import pa.gob.refugio.kit.outbox.OutboxStore;

/**
 * Shows the outbox backlog in {@code /q/health}: events committed but not yet acknowledged by Kafka. A backlog does
 * not make the service unready (requests are still safely recorded); operators watch its size and age.
 */
@Readiness
@ApplicationScoped
public class OutboxHealthCheck implements HealthCheck {

    private final OutboxStore store;

    public OutboxHealthCheck(OutboxStore store) {
        this.store = store;
    }

    @Override
    public HealthCheckResponse call() {
        OutboxStore.OutboxBacklog backlog = store.backlog();
        return HealthCheckResponse.named("outbox").up()
                .withData("pending", backlog.pending())
                .withData("oldestPendingSeconds", backlog.oldestCreatedAt() == null ? 0
                        : Duration.between(backlog.oldestCreatedAt(), Instant.now()).toSeconds())
                .build();
    }
}
