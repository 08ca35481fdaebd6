package pa.gob.refugio.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import pa.gob.refugio.events.appeals.AppealsEvents;
import pa.gob.refugio.events.decision.DecisionEvents;
import pa.gob.refugio.events.documents.DocumentsEvents;
import pa.gob.refugio.events.interview.InterviewEvents;
import pa.gob.refugio.events.registration.RegistrationEvents;

/** Every event of the system, by its name and version. docs/events.md describes each one. */
public final class EventCatalog {

    /** CloudEvents {@code type} prefix: {@code pa.gob.refugio.<Name>.v<version>}. */
    public static final String CLOUD_EVENT_TYPE_PREFIX = "pa.gob.refugio.";

    private static final List<Class<? extends DomainEvent>> EVENTS = Stream.of(RegistrationEvents.ALL,
                    InterviewEvents.ALL, DecisionEvents.ALL, DocumentsEvents.ALL, AppealsEvents.ALL)
            .flatMap(List::stream).toList();

    private static final Map<String, Class<? extends DomainEvent>> BY_CLOUD_EVENT_TYPE = new LinkedHashMap<>();

    static {
        for (Class<? extends DomainEvent> event : EVENTS) {
            if (BY_CLOUD_EVENT_TYPE.put(cloudEventType(event), event) != null) {
                throw new IllegalStateException("Duplicate event type " + cloudEventType(event));
            }
        }
    }

    public static List<Class<? extends DomainEvent>> all() {
        return EVENTS;
    }

    public static EventType typeOf(Class<? extends DomainEvent> eventClass) {
        EventType type = eventClass.getAnnotation(EventType.class);
        if (type == null) {
            throw new IllegalArgumentException(eventClass.getName() + " is not annotated with @EventType");
        }
        return type;
    }

    public static String cloudEventType(Class<? extends DomainEvent> eventClass) {
        EventType type = typeOf(eventClass);
        return cloudEventType(type.name(), type.version());
    }

    public static String cloudEventType(String name, int version) {
        return CLOUD_EVENT_TYPE_PREFIX + name + ".v" + version;
    }

    public static Optional<Class<? extends DomainEvent>> forCloudEventType(String cloudEventType) {
        return Optional.ofNullable(BY_CLOUD_EVENT_TYPE.get(cloudEventType));
    }

    private EventCatalog() {
    }
}
