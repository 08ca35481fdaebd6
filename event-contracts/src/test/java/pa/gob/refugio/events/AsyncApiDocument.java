package pa.gob.refugio.events;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the AsyncAPI 3.0 document of every topic and event ({@code docs/asyncapi.yaml}) from the records of
 * {@link EventCatalog}: channels are the topics ({@link Topics}), messages the event types with the JSON schema of
 * their record (as {@link EventJson} writes it) and their CloudEvents headers; descriptions come from the event's
 * section in {@code docs/events.md}. {@link TheAsyncApiDocumentDescribesEveryEventTest} checks the committed document
 * against it (run it with {@code -Drefugio.asyncapi.write=true} to write it again).
 */
final class AsyncApiDocument {

    static final String HEADER = "# Generated from event-contracts by AsyncApiDocument (test sources); do not edit by hand.\n"
            + "# Regenerate: ./mvnw -B -q -pl event-contracts test -Dtest=TheAsyncApiDocumentDescribesEveryEventTest "
            + "-Drefugio.asyncapi.write=true\n";

    private final Map<String, Object> schemas = new LinkedHashMap<>();
    private final Map<Class<?>, String> schemaNames = new LinkedHashMap<>();
    private final Map<String, String> sections;

    private AsyncApiDocument(String eventsMarkdown) {
        this.sections = sections(eventsMarkdown);
    }

    /** The YAML text of the document; {@code eventsMarkdown} is docs/events.md (descriptions). */
    static String render(String eventsMarkdown) {
        return HEADER + Yaml.write(new AsyncApiDocument(eventsMarkdown).document());
    }

    private Map<String, Object> document() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("asyncapi", "3.0.0");
        doc.put("info", map(
                "title", "Refugio domain events",
                "version", "1.0.0",
                "description", "Every event the five Refugio services publish, one topic per owning service. Each "
                        + "record is a CloudEvent in Kafka binary mode: the attributes travel as `ce_*` headers, the "
                        + "event record as JSON in the value; the record key is the case id, so one case's events "
                        + "stay in order. Events carry identifiers and facts, never personal data. See "
                        + "docs/events.md for who consumes each event and why."));
        doc.put("defaultContentType", "application/json");
        doc.put("servers", map("local", map(
                "host", "localhost:9092",
                "protocol", "kafka",
                "description", "The local stack's Kafka (./deploy/refugio up); elsewhere KAFKA_BOOTSTRAP_SERVERS")));

        Map<String, Object> channels = new LinkedHashMap<>();
        Map<String, Object> operations = new LinkedHashMap<>();
        Map<String, Object> messages = new LinkedHashMap<>();
        schemas.put("CloudEventHeaders", cloudEventHeaders());
        schemaNames.put(EventMetadata.class, "EventMetadata");
        schemas.put("EventMetadata", schemaOfRecord(EventMetadata.class, "The envelope every event carries first "
                + "(repeats the CloudEvents attributes)"));
        for (String topic : Topics.ALL) {
            String owner = topic.substring(0, topic.indexOf('.'));
            String channelId = owner + "Events";
            Map<String, Object> channelMessages = new LinkedHashMap<>();
            List<Object> operationMessages = new ArrayList<>();
            for (Class<? extends DomainEvent> event : EventCatalog.all()) {
                EventType type = EventCatalog.typeOf(event);
                if (!type.topic().equals(topic)) {
                    continue;
                }
                String id = event.getSimpleName();
                messages.put(id, message(event, type, owner));
                channelMessages.put(id, ref("#/components/messages/" + id));
                operationMessages.add(ref("#/channels/" + channelId + "/messages/" + id));
            }
            channels.put(channelId, map(
                    "address", topic,
                    "title", topic,
                    "description", "Published by " + owner + "-service through its transactional outbox; key: the "
                            + "case id" + (topic.equals(Topics.APPEALS) ? " (calendar events: a fixed stream id, "
                            + "CalendarEvents.STREAM_ID)." : "."),
                    "messages", channelMessages));
            operations.put("publish" + capitalize(owner) + "Events", map(
                    "action", "send",
                    "title", owner + "-service publishes its events",
                    "channel", ref("#/channels/" + channelId),
                    "messages", operationMessages));
        }
        channels.put("deadLetters", map(
                "address", "{consumerGroup}.dlq",
                "title", "Dead letters of one consumer group",
                "description", "A record a consumer cannot read, sent on unchanged (same key, headers and value) to "
                        + "its group's dead-letter topic (Topics.deadLetter). Any message of the topics above may "
                        + "appear here.",
                "parameters", map("consumerGroup", map(
                        "description", "The consumer group, e.g. interview-service"))));

        doc.put("channels", channels);
        doc.put("operations", operations);
        Map<String, Object> components = new LinkedHashMap<>();
        components.put("messages", messages);
        components.put("schemas", schemas);
        doc.put("components", components);
        return doc;
    }

    private Map<String, Object> message(Class<? extends DomainEvent> event, EventType type, String owner) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("name", type.name());
        message.put("title", type.name() + (type.version() == 1 ? "" : " (version " + type.version() + ")"));
        String section = sections.get(event.getSimpleName());
        if (section != null && !section.isBlank()) {
            message.put("description", section);
        }
        message.put("contentType", "application/json");
        message.put("headers", map("allOf", List.of(
                ref("#/components/schemas/CloudEventHeaders"),
                map("type", "object", "properties", map(
                        "ce_type", map("type", "string", "const", EventCatalog.cloudEventType(event)),
                        "ce_source", map("type", "string", "const", "/refugio/" + owner + "-service"))))));
        message.put("payload", ref("#/components/schemas/" + schemaName(event)));
        message.put("bindings", map("kafka", map(
                "key", map("type", "string", "format", "uuid", "description", "The case id"),
                "bindingVersion", "0.5.0")));
        return message;
    }

    private static Map<String, Object> cloudEventHeaders() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("ce_specversion", map("type", "string", "const", "1.0"));
        properties.put("ce_id", map("type", "string", "format", "uuid",
                "description", "The event id (metadata.eventId); consumers deduplicate on it"));
        properties.put("ce_source", map("type", "string", "description", "/refugio/<service>"));
        properties.put("ce_type", map("type", "string", "description", "pa.gob.refugio.<Name>.v<version>"));
        properties.put("ce_time", map("type", "string", "format", "date-time",
                "description", "When the fact happened (metadata.occurredAt)"));
        properties.put("ce_subject", map("type", "string", "format", "uuid",
                "description", "The case id, also the record key"));
        properties.put("ce_correlationid", map("type", "string", "format", "uuid",
                "description", "Shared by every event of one flow, from the first request (X-Correlation-Id)"));
        properties.put("ce_causationid", map("type", "string", "format", "uuid",
                "description", "The event that directly caused this one; absent for the first"));
        properties.put("content-type", map("type", "string", "const", "application/json"));
        return map("type", "object",
                "description", "CloudEvents 1.0 attributes in Kafka binary content mode",
                "required", List.of("ce_specversion", "ce_id", "ce_source", "ce_type", "ce_time", "ce_subject",
                        "ce_correlationid", "content-type"),
                "properties", properties);
    }

    private String schemaName(Class<?> type) {
        String known = schemaNames.get(type);
        if (known != null) {
            return known;
        }
        StringBuilder name = new StringBuilder(type.getSimpleName());
        for (Class<?> outer = type.getEnclosingClass(); outer != null; outer = outer.getEnclosingClass()) {
            name.insert(0, outer.getSimpleName());
        }
        String unique = name.toString();
        for (int n = 2; schemaNames.containsValue(unique); n++) {
            unique = name + String.valueOf(n);
        }
        schemaNames.put(type, unique);
        String description = DomainEvent.class.isAssignableFrom(type)
                ? "The record " + type.getName().replace('$', '.') + " as JSON" : null;
        schemas.put(unique, Map.of()); // reserve the name before the components (recursion)
        schemas.put(unique, type.isEnum() ? enumSchema(type) : schemaOfRecord(type, description));
        return unique;
    }

    private Map<String, Object> schemaOfRecord(Class<?> type, String description) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        if (description != null) {
            schema.put("description", description);
        }
        if (!type.isRecord()) {
            return schema;
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            properties.put(component.getName(), schemaOf(component.getGenericType()));
            // metadata always; the envelope's members but causationId (EventMetadata refuses them null). Other
            // members are left optional: an older record may lack a member added later (read as its default).
            if (component.getName().equals("metadata")
                    || (type == EventMetadata.class && !component.getName().equals("causationId"))) {
                required.add(component.getName());
            }
        }
        if (!required.isEmpty()) {
            schema.put("required", required);
        }
        schema.put("properties", properties);
        return schema;
    }

    private static Map<String, Object> enumSchema(Class<?> type) {
        return map("type", "string", "enum", Arrays.stream(type.getEnumConstants()).map(Object::toString).toList());
    }

    private Object schemaOf(Type type) {
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw) {
            Type[] arguments = parameterized.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                return map("type", "array", "items", schemaOf(arguments[0]));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return map("type", "object", "additionalProperties", schemaOf(arguments[1]));
            }
            return schemaOf(raw);
        }
        if (type instanceof GenericArrayType array) {
            return map("type", "array", "items", schemaOf(array.getGenericComponentType()));
        }
        if (!(type instanceof Class<?> c)) {
            return map();
        }
        if (c == String.class || c == char.class || c == Character.class) {
            return map("type", "string");
        }
        if (c == UUID.class) {
            return map("type", "string", "format", "uuid");
        }
        if (c == boolean.class || c == Boolean.class) {
            return map("type", "boolean");
        }
        if (c == int.class || c == Integer.class || c == short.class || c == Short.class || c == byte.class
                || c == Byte.class) {
            return map("type", "integer", "format", "int32");
        }
        if (c == long.class || c == Long.class || c == BigInteger.class) {
            return map("type", "integer", "format", "int64");
        }
        if (c == double.class || c == Double.class || c == float.class || c == Float.class || c == BigDecimal.class) {
            return map("type", "number");
        }
        if (c == LocalDate.class) {
            return map("type", "string", "format", "date");
        }
        if (c == Instant.class || c == OffsetDateTime.class || c == ZonedDateTime.class) {
            return map("type", "string", "format", "date-time");
        }
        if (c == LocalDateTime.class) {
            return map("type", "string", "description", "Local date and time, ISO-8601 without offset (Panama)",
                    "examples", List.of("2026-11-30T09:30:00"));
        }
        if (c == LocalTime.class) {
            return map("type", "string", "description", "Local time, ISO-8601 (HH:mm or HH:mm:ss)",
                    "examples", List.of("08:00"));
        }
        if (c == Duration.class) {
            return map("type", "string", "format", "duration");
        }
        if (c.isArray()) {
            return map("type", "array", "items", schemaOf(c.getComponentType()));
        }
        if (c.isEnum() || c.isRecord()) {
            return ref("#/components/schemas/" + schemaName(c));
        }
        return map("type", "object");
    }

    /** "### Name" → the paragraph under it and its Producer/Consumers lines, from docs/events.md. */
    private static Map<String, String> sections(String markdown) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(?m)^### (\\w+)\\s*$").matcher(markdown);
        List<int[]> starts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (m.find()) {
            starts.add(new int[] {m.start(), m.end()});
            names.add(m.group(1));
        }
        for (int i = 0; i < names.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : markdown.length();
            String body = markdown.substring(starts.get(i)[1], end);
            int nextHeading = body.indexOf("\n#");
            if (nextHeading >= 0) {
                body = body.substring(0, nextHeading);
            }
            StringBuilder text = new StringBuilder();
            for (String line : body.strip().split("\n")) {
                String l = line.strip();
                if (l.isEmpty()) {
                    continue;
                }
                if (l.startsWith("- **Producer:**") || l.startsWith("- **Consumers:**")) {
                    text.append("\n\n").append(l.substring(2));
                } else if (!l.startsWith("-")) {
                    text.append(text.length() == 0 ? "" : " ").append(l);
                }
            }
            out.put(names.get(i), text.toString().strip());
        }
        return out;
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static Map<String, Object> ref(String target) {
        return map("$ref", target);
    }

    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            out.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return out;
    }

    /** A small YAML writer for maps, lists, strings, numbers and booleans (strings always double-quoted). */
    static final class Yaml {

        private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_$][A-Za-z0-9_.$-]*");

        static String write(Object value) {
            StringBuilder out = new StringBuilder();
            block(out, value, 0);
            return out.toString();
        }

        private static void block(StringBuilder out, Object value, int indent) {
            if (value instanceof Map<?, ?> map) {
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    out.append(" ".repeat(indent)).append(key(String.valueOf(e.getKey()))).append(':');
                    child(out, e.getValue(), indent + 2);
                }
            } else if (value instanceof List<?> list) {
                for (Object item : list) {
                    out.append(" ".repeat(indent)).append('-');
                    if (item instanceof Map<?, ?> m && !m.isEmpty()) {
                        StringBuilder nested = new StringBuilder();
                        block(nested, item, indent + 2);
                        out.append(' ').append(nested.substring(indent + 2));
                    } else {
                        child(out, item, indent + 2);
                    }
                }
            } else {
                out.append(" ".repeat(indent)).append(scalar(value)).append('\n');
            }
        }

        private static void child(StringBuilder out, Object value, int indent) {
            if (value instanceof Map<?, ?> m && !m.isEmpty()) {
                out.append('\n');
                block(out, value, indent);
            } else if (value instanceof List<?> l && !l.isEmpty()) {
                out.append('\n');
                block(out, value, indent);
            } else if (value instanceof Map<?, ?>) {
                out.append(" {}\n");
            } else if (value instanceof List<?>) {
                out.append(" []\n");
            } else {
                out.append(' ').append(scalar(value)).append('\n');
            }
        }

        private static String key(String key) {
            return PLAIN_KEY.matcher(key).matches() ? key : quote(key);
        }

        private static String scalar(Object value) {
            if (value == null) {
                return "null";
            }
            if (value instanceof Boolean || value instanceof Number) {
                return value.toString();
            }
            return quote(value.toString());
        }

        private static String quote(String s) {
            StringBuilder out = new StringBuilder("\"");
            for (char c : s.toCharArray()) {
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\t' -> out.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            out.append(String.format("\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            return out.append('"').toString();
        }
    }
}
