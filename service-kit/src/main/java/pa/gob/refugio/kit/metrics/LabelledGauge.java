package pa.gob.refugio.kit.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A gauge with one label (e.g. {@code refugio_cases{status}}), one time series per label value. Values are set from a
 * {@code COUNT ... GROUP BY} result; a value seen before and absent now is set to 0 (it never disappears), and the
 * known values given at creation are there from the start, at 0.
 */
public final class LabelledGauge {

    private final MeterRegistry registry;
    private final String name;
    private final String label;
    private final String description;
    private final Map<String, AtomicLong> values = new ConcurrentHashMap<>();

    private LabelledGauge(MeterRegistry registry, String name, String label, String description) {
        this.registry = registry;
        this.name = name;
        this.label = label;
        this.description = description;
    }

    /** {@code name} in Micrometer's dotted form: {@code refugio.cases} is {@code refugio_cases} in Prometheus. */
    public static LabelledGauge of(MeterRegistry registry, String name, String label, String description,
                                   Collection<String> knownValues) {
        LabelledGauge gauge = new LabelledGauge(registry, name, label, description);
        knownValues.forEach(gauge::series);
        return gauge;
    }

    /** Sets every series: those in {@code counts} to their count, every other one to 0. */
    public void set(Map<String, ? extends Number> counts) {
        counts.forEach((value, count) -> series(value == null ? "none" : value).set(count.longValue()));
        values.forEach((value, series) -> {
            if (!counts.containsKey(value) && !(value.equals("none") && counts.containsKey(null))) {
                series.set(0);
            }
        });
    }

    /** The current value of one series (tests, logs). */
    public long get(String value) {
        AtomicLong series = values.get(value);
        return series == null ? 0 : series.get();
    }

    private AtomicLong series(String value) {
        return values.computeIfAbsent(value, v -> {
            AtomicLong holder = new AtomicLong();
            Gauge.builder(name, holder, AtomicLong::get).description(description).tag(label, v).register(registry);
            return holder;
        });
    }
}
