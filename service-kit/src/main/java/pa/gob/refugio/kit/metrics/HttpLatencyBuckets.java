package pa.gob.refugio.kit.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.stream.LongStream;

/**
 * A few fixed latency buckets on {@code http_server_requests_seconds} (50 ms to 10 s), so that Prometheus can compute
 * percentiles per service ({@code histogram_quantile}) without the full default histogram per endpoint.
 */
public class HttpLatencyBuckets {

    private static final long[] MILLIS = {50, 100, 250, 500, 1000, 2500, 5000, 10000};

    @Produces
    @Singleton
    MeterFilter httpServerBuckets() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!"http.server.requests".equals(id.getName())) {
                    return config;
                }
                return DistributionStatisticConfig.builder()
                        .serviceLevelObjectives(LongStream.of(MILLIS)
                                .mapToDouble(ms -> Duration.ofMillis(ms).toNanos()).toArray())
                        .build().merge(config);
            }
        };
    }
}
