package pa.gob.refugio.registration.timeline;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventCatalog;

/**
 * The short, non-personal facts of an event for a case's timeline. Only dates, times, enums, flags, counts and a
 * few named institutional texts (site, channel, legal basis, ...) are kept; ids, document numbers and any other
 * free text are left out, so that a new event field can never leak personal data into the timeline.
 */
public final class TimelineFacts {

    /** String fields that are institutional, not personal. */
    static final Set<String> SAFE_TEXT = Set.of("site", "intakeSite", "channel", "ground", "legalBasis",
            "caseNumber", "reportedBy", "court", "body", "signedBy", "interpreterLanguage");

    private TimelineFacts() {
    }

    public static Map<String, String> of(DomainEvent event) {
        Map<String, String> facts = new LinkedHashMap<>();
        for (RecordComponent component : event.getClass().getRecordComponents()) {
            String name = component.getName();
            if (name.equals("metadata")) {
                continue;
            }
            Object value;
            try {
                value = component.getAccessor().invoke(event);
            } catch (ReflectiveOperationException e) {
                continue;
            }
            if (value == null) {
                continue;
            }
            if (value instanceof LocalDate || value instanceof LocalDateTime || value instanceof Instant
                    || value instanceof Enum<?> || value instanceof Boolean || value instanceof Number) {
                facts.put(name, value.toString());
            } else if (value instanceof Collection<?> list) {
                facts.put(name, String.valueOf(list.size()));
            } else if (value instanceof String text && SAFE_TEXT.contains(name)) {
                facts.put(name, text.length() > 80 ? text.substring(0, 80) : text);
            }
        }
        return facts;
    }

    /** E.g. {@code "InterviewScheduled: scheduledAt 2026-12-01T09:00, site ONPAR Balboa"}. */
    public static String describe(String type, Map<String, String> facts) {
        return facts.isEmpty() ? type : type + ": " + facts.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    /** The service that published the event, from its topic: {@code decision.events} → {@code decision-service}. */
    public static String source(Class<? extends DomainEvent> type) {
        return EventCatalog.typeOf(type).topic().replace(".events", "") + "-service";
    }
}
