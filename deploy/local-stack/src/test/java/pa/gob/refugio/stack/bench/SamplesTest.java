package pa.gob.refugio.stack.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SamplesTest {

    @Test
    void percentilesByNearestRank() {
        Samples s = new Samples();
        for (int i = 100; i >= 1; i--) {
            s.add(i * 1000L); // 1..100 ms, added out of order
        }
        assertEquals(50_000, s.percentile(50));
        assertEquals(99_000, s.percentile(99));
        assertEquals(100_000, s.max());
        assertEquals(1_000, s.percentile(1));
        Samples.Summary summary = s.summary();
        assertEquals(100, summary.count());
        assertEquals(50.0, summary.p50Ms());
        assertEquals(99.0, summary.p99Ms());
        assertEquals(100.0, summary.maxMs());
    }

    @Test
    void aFewSamplesGiveTheLargestAsP99AndNothingGivesZero() {
        Samples s = new Samples();
        assertEquals(0, s.percentile(99));
        s.add(5);
        s.add(7);
        s.add(6);
        assertEquals(6, s.percentile(50));
        assertEquals(7, s.percentile(99));
    }

    @Test
    void growsBeyondItsFirstArray() {
        Samples s = new Samples();
        for (int i = 0; i < 10_000; i++) {
            s.add(i);
        }
        assertEquals(10_000, s.count());
        assertEquals(9_999, s.max());
        assertEquals(4_999, s.percentile(50));
    }
}
