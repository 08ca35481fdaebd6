package pa.gob.refugio.stack.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Rates per segment of {@code size} families: for the k-th segment, its families divided by the time from the end
 * of the previous segment (or the start) to its last family's end; the same for registrations. A long run whose
 * rate stays flat from segment to segment costs the same per case as its data grows.
 */
final class Segments {

    /** {@code finished} and {@code registered}: System.nanoTime() of each family's end and 201, any order. */
    static List<Results.Segment> of(long startNanos, long[] finished, long[] registered, int size) {
        long[] f = finished.clone();
        long[] r = registered.clone();
        Arrays.sort(f);
        Arrays.sort(r);
        List<Results.Segment> segments = new ArrayList<>();
        for (int from = 0; from < f.length; from += size) {
            int to = Math.min(f.length, from + size);
            segments.add(new Results.Segment(from + 1, to, rate(startNanos, f, from, to),
                    from < r.length ? rate(startNanos, r, from, Math.min(r.length, to)) : Double.NaN));
        }
        return segments;
    }

    private static double rate(long startNanos, long[] times, int from, int to) {
        long begin = from == 0 ? startNanos : times[from - 1];
        double seconds = (times[to - 1] - begin) / 1e9;
        return seconds <= 0 ? Double.NaN : (to - from) / seconds;
    }

    private Segments() {
    }
}
