package pa.gob.refugio.kit.trace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * W3C trace context (<a href="https://www.w3.org/TR/trace-context/">traceparent / tracestate</a>) of the current
 * OpenTelemetry span, as stored with an outbox row and carried in Kafka record headers.
 */
public final class TraceContexts {

    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";

    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();

    /** A stored W3C trace context; {@code tracestate} may be null. */
    public record W3cTraceContext(String traceparent, String tracestate) {
    }

    /** The trace context of the current span, or empty outside any trace. */
    public static Optional<W3cTraceContext> current() {
        return of(Context.current());
    }

    /** The trace context of the span in {@code context}, or empty when it holds no valid span. */
    public static Optional<W3cTraceContext> of(Context context) {
        if (!Span.fromContext(context).getSpanContext().isValid()) {
            return Optional.empty();
        }
        Map<String, String> carrier = new HashMap<>();
        W3C.inject(context, carrier, Map::put);
        String traceparent = carrier.get(TRACEPARENT);
        String tracestate = carrier.get(TRACESTATE);
        return traceparent == null ? Optional.empty()
                : Optional.of(new W3cTraceContext(traceparent, tracestate == null || tracestate.isBlank() ? null
                : tracestate));
    }

    /** The remote parent a stored trace context describes, on top of the root context (no current span leaks in). */
    public static Context parentOf(String traceparent, String tracestate) {
        if (traceparent == null) {
            return Context.root();
        }
        Map<String, String> carrier = new HashMap<>();
        carrier.put(TRACEPARENT, traceparent);
        if (tracestate != null) {
            carrier.put(TRACESTATE, tracestate);
        }
        return W3C.extract(Context.root(), carrier, MapGetter.INSTANCE);
    }

    /** The remote parent carried by a Kafka record's {@code traceparent} / {@code tracestate} headers. */
    public static Context parentOf(Headers headers) {
        return W3C.extract(Context.root(), headers, HeadersGetter.INSTANCE);
    }

    /** The span context carried by a Kafka record, invalid when it has no (valid) {@code traceparent}. */
    public static SpanContext spanContextOf(Headers headers) {
        return Span.fromContext(parentOf(headers)).getSpanContext();
    }

    /** Writes {@code context}'s span as the record's {@code traceparent} (and {@code tracestate}) headers. */
    public static void inject(Context context, Headers headers) {
        headers.remove(TRACEPARENT);
        headers.remove(TRACESTATE);
        W3C.inject(context, headers, (carrier, key, value) -> {
            if (carrier != null && value != null && !value.isEmpty()) {
                carrier.add(key, value.getBytes(StandardCharsets.UTF_8));
            }
        });
    }

    /** The trace id of the current span, or null outside any trace (for problem responses). */
    public static String currentTraceId() {
        SpanContext span = Span.current().getSpanContext();
        return span.isValid() ? span.getTraceId() : null;
    }

    private enum MapGetter implements TextMapGetter<Map<String, String>> {
        INSTANCE;

        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    }

    private enum HeadersGetter implements TextMapGetter<Headers> {
        INSTANCE;

        @Override
        public Iterable<String> keys(Headers carrier) {
            return StreamSupport.stream(carrier.spliterator(), false).map(Header::key).toList();
        }

        @Override
        public String get(Headers carrier, String key) {
            if (carrier == null) {
                return null;
            }
            Header header = carrier.lastHeader(key);
            return header == null || header.value() == null ? null
                    : new String(header.value(), StandardCharsets.UTF_8);
        }
    }

    private TraceContexts() {
    }
}
