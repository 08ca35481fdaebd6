package pa.gob.refugio.events;

import java.util.Objects;
import java.util.UUID;

/** Correlation and causation of the next event: where the flow started and what directly caused it. */
public record Trace(UUID correlationId, UUID causationId) {

    public Trace {
        Objects.requireNonNull(correlationId, "correlationId");
    }

    /** A new flow, e.g. a request without a correlation id. */
    public static Trace start() {
        return new Trace(UUID.randomUUID(), null);
    }
}
