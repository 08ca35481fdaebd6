package pa.gob.refugio.kit.outbox;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import pa.gob.refugio.kit.outbox.OutboxStore.PendingEvent;

/**
 * CloudEvents 1.0 in Kafka binary content mode: the attributes travel as {@code ce_*} headers, the event record as
 * JSON in the value. {@code correlationid} and {@code causationid} are extension attributes.
 */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String CORRELATION_ID = "ce_correlationid";
    public static final String CAUSATION_ID = "ce_causationid";
    public static final String CONTENT_TYPE = "content-type";

    static void write(Headers headers, PendingEvent event, String source) {
        put(headers, SPEC_VERSION, "1.0");
        put(headers, ID, event.id().toString());
        put(headers, SOURCE, source);
        put(headers, TYPE, event.type());
        put(headers, TIME, event.occurredAt().toString());
        put(headers, SUBJECT, event.key());
        put(headers, CONTENT_TYPE, "application/json");
        put(headers, CORRELATION_ID, event.correlationId().toString());
        if (event.causationId() != null) {
            put(headers, CAUSATION_ID, event.causationId().toString());
        }
    }

    public static Optional<String> read(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null
                ? Optional.empty()
                : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
    }

    public static Optional<UUID> readUuid(Headers headers, String name) {
        try {
            return read(headers, name).map(UUID::fromString);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static void put(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private CloudEventHeaders() {
    }
}
