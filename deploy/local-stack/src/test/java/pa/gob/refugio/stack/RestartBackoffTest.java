package pa.gob.refugio.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RestartBackoffTest {

    private static final Instant T0 = Instant.parse("2026-11-30T12:00:00Z");

    @Test
    void aServiceThatKeepsDyingWaitsTwiceAsLongEachTimeUpToThirtySeconds() {
        RestartBackoff backoff = new RestartBackoff();
        List<Long> delays = new ArrayList<>();
        Instant now = T0;
        for (int i = 0; i < 8; i++) {
            Duration d = backoff.died(now).orElseThrow();
            delays.add(d.toSeconds());
            now = now.plus(d).plusSeconds(5);
            backoff.ready(now);
            now = now.plusSeconds(10);
        }
        assertEquals(List.of(1L, 2L, 4L, 8L, 16L, 30L, 30L, 30L), delays);
        assertEquals(8, backoff.restartsInARow());
    }

    @Test
    void aServiceThatStayedHealthyForAMinuteStartsAgainFromOneSecond() {
        RestartBackoff backoff = new RestartBackoff();
        backoff.died(T0);
        backoff.died(T0.plusSeconds(5));
        assertEquals(Duration.ofSeconds(4), backoff.died(T0.plusSeconds(10)).orElseThrow());
        backoff.ready(T0.plusSeconds(20));
        assertEquals(Duration.ofSeconds(1), backoff.died(T0.plusSeconds(80)).orElseThrow());
        assertEquals(1, backoff.restartsInARow());
    }

    @Test
    void readyForLessThanAMinuteDoesNotReset() {
        RestartBackoff backoff = new RestartBackoff();
        backoff.died(T0);
        backoff.ready(T0.plusSeconds(5));
        assertEquals(Duration.ofSeconds(2), backoff.died(T0.plusSeconds(64)).orElseThrow());
    }

    @Test
    void notReadyTimeDoesNotCountAsHealthy() {
        RestartBackoff backoff = new RestartBackoff();
        backoff.died(T0);
        // restarted but never ready: dying two minutes later is still a restart in a row
        assertEquals(Duration.ofSeconds(2), backoff.died(T0.plusSeconds(120)).orElseThrow());
    }

    @Test
    void afterTenRestartsInARowItGivesUp() {
        RestartBackoff backoff = new RestartBackoff();
        Instant now = T0;
        for (int i = 1; i <= 10; i++) {
            assertTrue(backoff.died(now).isPresent(), "restart " + i);
            now = now.plusSeconds(31);
        }
        assertEquals(Optional.empty(), backoff.died(now));
        assertEquals(10, backoff.restartsInARow());
    }
}
