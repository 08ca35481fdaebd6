package pa.gob.refugio.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import pa.gob.refugio.events.appeals.ReconsiderationFiled;
import pa.gob.refugio.events.appeals.ReconsiderationWindowOpened;
import pa.gob.refugio.events.decision.ApplicationAdmitted;
import pa.gob.refugio.events.decision.ApplicationNotAdmitted;
import pa.gob.refugio.events.decision.ResolutionNotified;
import pa.gob.refugio.events.decision.StatusRecognized;
import pa.gob.refugio.events.decision.StatusRejected;
import pa.gob.refugio.events.documents.DocumentSuperseded;
import pa.gob.refugio.events.documents.ProvisionalIdIssued;
import pa.gob.refugio.events.documents.RefugeeDocumentIssued;
import pa.gob.refugio.events.interview.CaseReadyForDecision;
import pa.gob.refugio.events.interview.InterviewCompleted;
import pa.gob.refugio.events.interview.InterviewScheduled;
import pa.gob.refugio.events.registration.ApplicationRegistered;

/** Every event of the system, by its name and version. docs/events.md describes each one. */
public final class EventCatalog {

    /** CloudEvents {@code type} prefix: {@code pa.gob.refugio.<Name>.v<version>}. */
    public static final String CLOUD_EVENT_TYPE_PREFIX = "pa.gob.refugio.";

    private static final List<Class<? extends DomainEvent>> EVENTS = List.of(
            ApplicationRegistered.class,
            InterviewScheduled.class, InterviewCompleted.class, CaseReadyForDecision.class,
            ApplicationAdmitted.class, ApplicationNotAdmitted.class, StatusRecognized.class, StatusRejected.class,
            ResolutionNotified.class,
            ProvisionalIdIssued.class, RefugeeDocumentIssued.class, DocumentSuperseded.class,
            ReconsiderationWindowOpened.class, ReconsiderationFiled.class);

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
