package pa.gob.refugio.kit.trace;

import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;
import pa.gob.refugio.events.Trace;

/**
 * The correlation id of the current HTTP request: taken from {@code X-Correlation-Id} when the caller sends a valid
 * one, otherwise new. Events caused by the request carry it, so a flow can be followed across services.
 */
@RequestScoped
public class RequestTrace {

    public static final String HEADER = "X-Correlation-Id";

    private UUID correlationId;

    void begin(String header) {
        UUID parsed = null;
        if (header != null) {
            try {
                parsed = UUID.fromString(header.trim());
            } catch (IllegalArgumentException ignored) {
                // not a UUID: start a new flow rather than trusting arbitrary text
            }
        }
        correlationId = parsed != null ? parsed : UUID.randomUUID();
    }

    public UUID correlationId() {
        if (correlationId == null) {
            correlationId = UUID.randomUUID();
        }
        return correlationId;
    }

    /** The trace for the first event of this request. */
    public Trace trace() {
        return new Trace(correlationId(), null);
    }
}
