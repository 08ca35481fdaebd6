package pa.gob.refugio.kit.trace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import pa.gob.refugio.kit.outbox.CloudEventHeaders;

/**
 * Makes a consumed record's trace current while it is handled, so that the handler's log lines carry its trace id
 * and the events it writes to the outbox continue the same trace.
 * <p>
 * The Kafka connector (SmallRye Reactive Messaging with Quarkus OpenTelemetry) already extracts the record's
 * {@code traceparent}, starts a CONSUMER span as its child and makes it current for the {@code @Incoming} method;
 * then nothing more is done here. When that context is missing (connector tracing off, a record handled outside the
 * connector such as a replayed dead letter) this starts the CONSUMER span itself, child of the record's
 * {@code traceparent} (a new trace when it has none), around the whole handling.
 */
@ContinuesRecordTrace
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_BEFORE)
public class RecordTraceInterceptor {

    private final Tracer tracer;

    public RecordTraceInterceptor(Tracer tracer) {
        this.tracer = tracer;
    }

    @AroundInvoke
    Object continueTrace(InvocationContext invocation) throws Exception {
        ConsumerRecord<?, ?> record = recordOf(invocation.getParameters());
        if (record == null) {
            return invocation.proceed();
        }
        SpanContext current = Span.current().getSpanContext();
        SpanContext carried = TraceContexts.spanContextOf(record.headers());
        boolean alreadyInTrace = current.isValid()
                && (!carried.isValid() || current.getTraceId().equals(carried.getTraceId()));
        if (alreadyInTrace) {
            return invocation.proceed();
        }
        Context parent = TraceContexts.parentOf(record.headers());
        Span span = tracer.spanBuilder(record.topic() + " process")
                .setParent(parent)
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "process")
                .setAttribute("messaging.destination.name", record.topic())
                .setAttribute("messaging.destination.partition.id", String.valueOf(record.partition()))
                .setAttribute("messaging.kafka.offset", record.offset())
                .setAttribute("messaging.message.id",
                        CloudEventHeaders.read(record.headers(), CloudEventHeaders.ID).orElse(""))
                .startSpan();
        try (Scope ignored = parent.with(span).makeCurrent()) {
            return invocation.proceed();
        } catch (Exception | Error e) {
            span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
            span.recordException(e);
            throw e;
        } finally {
            span.end();
        }
    }

    private static ConsumerRecord<?, ?> recordOf(Object[] parameters) {
        if (parameters == null) {
            return null;
        }
        for (Object parameter : parameters) {
            if (parameter instanceof ConsumerRecord<?, ?> record) {
                return record;
            }
        }
        return null;
    }
}
