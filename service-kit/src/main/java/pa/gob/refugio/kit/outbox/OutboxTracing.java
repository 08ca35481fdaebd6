package pa.gob.refugio.kit.outbox;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.producer.ProducerRecord;
import pa.gob.refugio.kit.outbox.OutboxStore.PendingEvent;
import pa.gob.refugio.kit.trace.TraceContexts;

/**
 * Continues, at relay time, the trace an event was written in: a PRODUCER span, child of the trace context stored
 * with the outbox row (a new trace when the row has none), whose W3C context goes out as the record's
 * {@code traceparent} (and {@code tracestate}) header. Consumers continue the trace from that header.
 */
@ApplicationScoped
public class OutboxTracing {

    private final Tracer tracer;

    public OutboxTracing(Tracer tracer) {
        this.tracer = tracer;
    }

    /** Starts and ends the PRODUCER span of {@code event} and writes its context into the record's headers. */
    void propagate(PendingEvent event, ProducerRecord<String, String> record) {
        Context parent = TraceContexts.parentOf(event.traceparent(), event.tracestate());
        Span span = tracer.spanBuilder(event.topic() + " publish")
                .setParent(parent)
                .setSpanKind(SpanKind.PRODUCER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "send")
                .setAttribute("messaging.destination.name", event.topic())
                .setAttribute("messaging.message.id", event.id().toString())
                .setAttribute("messaging.kafka.message.key", event.key())
                .setAttribute("cloudevents.event_type", event.type())
                .startSpan();
        try {
            TraceContexts.inject(parent.with(span), record.headers());
        } finally {
            span.end();
        }
    }
}
