package pa.gob.refugio.kit.trace;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.arc.lookup.LookupUnlessProperty;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;

/**
 * Trace export is off unless {@code refugio.traces.exporter} ({@code OTEL_TRACES_EXPORTER}) is {@code otlp}.
 * <p>
 * Which exporters exist is fixed when Quarkus builds the application; only this switch is read at start. While this
 * bean is available, Quarkus leaves its OTLP exporter out (it is used only when no application {@link SpanExporter}
 * can be looked up), and spans are dropped here: no connection to a collector is tried and nothing is logged about
 * one. Spans are still created and their context propagated (HTTP, Kafka headers, log lines, problem responses), so
 * every trace id exists whether or not it is exported. With {@code OTEL_TRACES_EXPORTER=otlp} this bean is not
 * looked up and Quarkus exports to {@code quarkus.otel.exporter.otlp.*} ({@code OTEL_EXPORTER_OTLP_ENDPOINT}).
 */
@ApplicationScoped
@LookupUnlessProperty(name = "refugio.traces.exporter", stringValue = "otlp", lookupIfMissing = true)
public class TraceExportSwitch implements SpanExporter {

    @Override
    public CompletableResultCode export(Collection<SpanData> spans) {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode flush() {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
    }
}
