package pa.gob.refugio.kit.deadletter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What operations may see of a dead letter: every JSON string value is replaced by {@code "[redacted]"} unless it is
 * a UUID, an ISO date or date-time, an enum-like UPPER_CASE token, or the value of a key named {@code type} or ending
 * in {@code Id}. Numbers, booleans and the shape stay. A payload that is not JSON is not shown at all. Header values
 * follow the same rule, except the CloudEvents attributes and trace headers, which are identifiers by contract.
 */
public final class Redaction {

    public static final String REDACTED = "[redacted]";
    private static final Pattern ENUM_LIKE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Set<String> SAFE_HEADERS = Set.of("ce_specversion", "ce_id", "ce_source", "ce_type",
            "ce_time", "ce_subject", "ce_correlationid", "ce_causationid", "content-type", "traceparent",
            "tracestate");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The payload redacted as JSON, or a note saying what it was when it is not JSON (or null). */
    public static JsonNode payload(String payload) {
        if (payload == null) {
            return null;
        }
        JsonNode node;
        try {
            node = JSON.readTree(payload);
        } catch (Exception e) {
            return TextNode.valueOf("[redacted: not JSON, " + payload.length() + " characters]");
        }
        return node == null ? null : redact(node, null);
    }

    public static Map<String, String> headers(Map<String, String> headers) {
        Map<String, String> shown = new LinkedHashMap<>();
        headers.forEach((name, value) -> shown.put(name, value == null || SAFE_HEADERS.contains(name.toLowerCase())
                || keepsValue(name) || isSafe(value) ? value : REDACTED));
        return shown;
    }

    private static JsonNode redact(JsonNode node, String key) {
        if (node.isObject()) {
            ObjectNode copy = JSON.createObjectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                copy.set(field.getKey(), redact(field.getValue(), field.getKey()));
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JSON.createArrayNode();
            node.forEach(element -> copy.add(redact(element, key)));
            return copy;
        }
        if (node.isTextual()) {
            return keepsValue(key) || isSafe(node.asText()) ? node : TextNode.valueOf(REDACTED);
        }
        return node;
    }

    private static boolean keepsValue(String key) {
        return key != null && (key.equals("type") || key.endsWith("Id"));
    }

    /** A UUID, an ISO date or date-time, or an enum-like UPPER_CASE token. */
    static boolean isSafe(String value) {
        if (ENUM_LIKE.matcher(value).matches()) {
            return true;
        }
        try {
            UUID.fromString(value);
            return value.length() == 36;
        } catch (IllegalArgumentException e) {
            // not a UUID
        }
        for (java.util.function.Consumer<String> parse : PARSERS) {
            try {
                parse.accept(value);
                return true;
            } catch (RuntimeException e) {
                // next format
            }
        }
        return false;
    }

    private static final java.util.List<java.util.function.Consumer<String>> PARSERS = java.util.List.of(
            LocalDate::parse, Instant::parse, OffsetDateTime::parse, LocalDateTime::parse);

    private Redaction() {
    }
}
