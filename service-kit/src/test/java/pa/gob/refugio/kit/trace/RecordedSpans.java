package pa.gob.refugio.kit.trace;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.arc.lookup.LookupIfProperty;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * An in-memory span exporter (a CDI SpanExporter, as Quarkus's "cdi" exporter collects them) for the tests; left out
 * where a test checks the OTLP export itself ({@code kit-test.recorded-spans=false}).
 */
@ApplicationScoped
@LookupIfProperty(name = "kit-test.recorded-spans", stringValue = "true", lookupIfMissing = true)
public class RecordedSpans implements SpanExporter {

    private static final List<SpanData> SPANS = new CopyOnWriteArrayList<>();

    @Override
    public CompletableResultCode export(Collection<SpanData> spans) {
        SPANS.addAll(spans);
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

    /** Waits (spans are exported in batches) for the one span of {@code kind} matching {@code filter}. */
    public static SpanData await(SpanKind kind, Predicate<SpanData> filter) {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            List<SpanData> found = SPANS.stream().filter(s -> s.getKind() == kind).filter(filter).toList();
            if (!found.isEmpty()) {
                return found.get(found.size() - 1);
            }
            if (System.nanoTime() > until) {
                throw new AssertionError("No " + kind + " span matching within 30 s; spans: "
                        + SPANS.stream().map(s -> s.getKind() + " " + s.getName() + " " + s.getTraceId()).toList());
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
