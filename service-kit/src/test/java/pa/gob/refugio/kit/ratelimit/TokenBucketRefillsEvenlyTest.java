package pa.gob.refugio.kit.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketRefillsEvenlyTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aFullMinuteOfRequestsThenOneEveryHalfSecondAtOneHundredTwentyAMinute() {
        AtomicLong now = new AtomicLong(0);
        PartnerRateLimiter limiter = new PartnerRateLimiter(120, now::get);
        for (int i = 0; i < 120; i++) {
            assertTrue(limiter.tryAcquire("HIAS").isEmpty(), "request " + i);
        }
        assertEquals(OptionalLong.of(1), limiter.tryAcquire("HIAS"));
        assertTrue(limiter.tryAcquire("NRC").isEmpty(), "another institution has its own bucket");
        now.addAndGet(SECOND / 2);
        assertTrue(limiter.tryAcquire("HIAS").isEmpty());
        assertTrue(limiter.tryAcquire("HIAS").isPresent());
        now.addAndGet(120 * SECOND);
        for (int i = 0; i < 120; i++) {
            assertTrue(limiter.tryAcquire("HIAS").isEmpty(), "refilled to capacity, never beyond: " + i);
        }
        assertTrue(limiter.tryAcquire("HIAS").isPresent());
    }

    @Test
    void aSlowLimitAsksForALongerWait() {
        AtomicLong now = new AtomicLong(0);
        PartnerRateLimiter limiter = new PartnerRateLimiter(2, now::get);
        limiter.tryAcquire("RET");
        limiter.tryAcquire("RET");
        assertEquals(OptionalLong.of(30), limiter.tryAcquire("RET"));
        now.addAndGet(20 * SECOND);
        assertEquals(OptionalLong.of(10), limiter.tryAcquire("RET"));
    }

    @Test
    void zeroTurnsTheLimitOff() {
        PartnerRateLimiter limiter = new PartnerRateLimiter(0, () -> 0L);
        for (int i = 0; i < 1000; i++) {
            assertTrue(limiter.tryAcquire("HIAS").isEmpty());
        }
    }
}
