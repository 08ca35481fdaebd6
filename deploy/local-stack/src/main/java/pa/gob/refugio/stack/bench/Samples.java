package pa.gob.refugio.stack.bench;

import java.util.Arrays;

/** Latencies in microseconds, kept whole and sorted once to read percentiles (nearest rank). */
final class Samples {

    private long[] values = new long[64];
    private int size;
    private boolean sorted = true;

    synchronized void add(long micros) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = micros;
        sorted = false;
    }

    synchronized int count() {
        return size;
    }

    /** The {@code p}-th percentile (0 < p ≤ 100) by nearest rank; 0 when empty. */
    synchronized long percentile(double p) {
        if (size == 0) {
            return 0;
        }
        if (!sorted) {
            Arrays.sort(values, 0, size);
            sorted = true;
        }
        int rank = (int) Math.ceil(p / 100.0 * size);
        return values[Math.max(0, Math.min(size - 1, rank - 1))];
    }

    synchronized long max() {
        return percentile(100);
    }

    /** p50, p99 and max in milliseconds. */
    Summary summary() {
        return new Summary(count(), percentile(50) / 1000.0, percentile(99) / 1000.0, max() / 1000.0);
    }

    record Summary(int count, double p50Ms, double p99Ms, double maxMs) {
    }
}
