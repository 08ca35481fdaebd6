package pa.gob.refugio.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The JSON form of events on the wire (the CloudEvents {@code data}). Thread-safe. */
public final class EventJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // Newer producers may add fields; an older consumer ignores them (additive changes keep the version).
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public static String write(DomainEvent event) {
        try {
            return MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot serialise " + event.getClass().getSimpleName(), e);
        }
    }

    /** Reads an event; throws {@link UnreadableEventException} when the text is not that event. */
    public static <T extends DomainEvent> T read(String json, Class<T> type) {
        try {
            T event = MAPPER.readValue(json, type);
            if (event == null || event.metadata() == null) {
                throw new UnreadableEventException("Event " + type.getSimpleName() + " has no metadata");
            }
            return event;
        } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
            throw new UnreadableEventException("Not a valid " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    private EventJson() {
    }
}
