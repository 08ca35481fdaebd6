package pa.gob.refugio.stack.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentsTest {

    private static final long S = 1_000_000_000L;

    @Test
    void eachSegmentCountsFromTheEndOfThePreviousOne() {
        // four families end at 1, 2, 4 and 8 s; registrations at 0.5, 1, 1.5, 2 s; segments of two
        List<Results.Segment> segments = Segments.of(0, new long[] {8 * S, 1 * S, 4 * S, 2 * S},
                new long[] {S / 2, S, 3 * S / 2, 2 * S}, 2);
        assertEquals(2, segments.size());
        assertEquals(1, segments.get(0).from());
        assertEquals(2, segments.get(0).to());
        assertEquals(1.0, segments.get(0).familiesPerSecond(), 1e-9); // 2 families in 2 s
        assertEquals(2.0, segments.get(0).registrationsPerSecond(), 1e-9); // 2 in 1 s
        assertEquals(2.0 / 6, segments.get(1).familiesPerSecond(), 1e-9); // 2 families from 2 s to 8 s
        assertEquals(2.0, segments.get(1).registrationsPerSecond(), 1e-9);
    }

    @Test
    void aLastShortSegmentIsKept() {
        List<Results.Segment> segments = Segments.of(0, new long[] {S, 2 * S, 3 * S}, new long[] {S, S, S}, 2);
        assertEquals(2, segments.size());
        assertEquals(3, segments.get(1).from());
        assertEquals(3, segments.get(1).to());
        assertEquals(1.0, segments.get(1).familiesPerSecond(), 1e-9);
    }
}
