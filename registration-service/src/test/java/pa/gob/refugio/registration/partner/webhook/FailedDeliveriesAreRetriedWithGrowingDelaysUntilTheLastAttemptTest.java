package pa.gob.refugio.registration.partner.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FailedDeliveriesAreRetriedWithGrowingDelaysUntilTheLastAttemptTest {

    private final RetrySchedule defaults = new RetrySchedule(RetrySchedule.DEFAULT_DELAYS, 8);

    @Test
    void theDelaysGrowTenSecondsThirtySecondsTwoMinutesTenMinutesOneHour() {
        assertEquals(Optional.of(Duration.ofSeconds(10)), defaults.delayAfter(1));
        assertEquals(Optional.of(Duration.ofSeconds(30)), defaults.delayAfter(2));
        assertEquals(Optional.of(Duration.ofMinutes(2)), defaults.delayAfter(3));
        assertEquals(Optional.of(Duration.ofMinutes(10)), defaults.delayAfter(4));
        assertEquals(Optional.of(Duration.ofHours(1)), defaults.delayAfter(5));
    }

    @Test
    void theLastDelayRepeatsUntilTheMaximumNumberOfAttemptsHasFailed() {
        assertEquals(Optional.of(Duration.ofHours(1)), defaults.delayAfter(6));
        assertEquals(Optional.of(Duration.ofHours(1)), defaults.delayAfter(7));
        assertEquals(Optional.empty(), defaults.delayAfter(8), "the 8th failure is the last: FAILED");
        assertEquals(Optional.empty(), defaults.delayAfter(9));
    }

    @Test
    void theScheduleComesFromConfiguration() {
        RetrySchedule quick = new RetrySchedule(List.of(Duration.ofSeconds(1), Duration.ofSeconds(5)), 3);
        assertEquals(Optional.of(Duration.ofSeconds(1)), quick.delayAfter(1));
        assertEquals(Optional.of(Duration.ofSeconds(5)), quick.delayAfter(2));
        assertEquals(Optional.empty(), quick.delayAfter(3));
        RetrySchedule once = new RetrySchedule(List.of(Duration.ofSeconds(1)), 1);
        assertEquals(Optional.empty(), once.delayAfter(1), "max-attempts=1: no retry");
    }

    @Test
    void aFailedDeliveryIsDueAgainAfterTheDelayAndFailsForGoodAfterTheLastAttempt() {
        RetrySchedule schedule = new RetrySchedule(List.of(Duration.ofSeconds(10), Duration.ofSeconds(30)), 3);
        Instant t0 = Instant.parse("2026-11-23T16:00:00Z");
        WebhookDelivery delivery = WebhookDelivery.queue(java.util.UUID.randomUUID(), java.util.UUID.randomUUID(),
                WebhookPayload.REFERRAL_STATUS_CHANGED, java.util.UUID.randomUUID(), "REGISTERED", "{}", t0);
        assertEquals(t0, delivery.nextAttemptAt());

        delivery.attemptFailed(t0, t0, schedule);
        assertEquals(DeliveryStatus.PENDING, delivery.status());
        assertEquals(t0.plusSeconds(10), delivery.nextAttemptAt());
        delivery.attemptFailed(t0.plusSeconds(10), t0.plusSeconds(10), schedule);
        assertEquals(t0.plusSeconds(40), delivery.nextAttemptAt());
        delivery.attemptFailed(t0.plusSeconds(40), t0.plusSeconds(40), schedule);
        assertEquals(DeliveryStatus.FAILED, delivery.status());
        assertEquals(3, delivery.attempts());
        assertEquals(null, delivery.nextAttemptAt());

        delivery.replay(t0.plusSeconds(100));
        assertEquals(DeliveryStatus.PENDING, delivery.status());
        assertEquals(0, delivery.attempts(), "a replay starts a fresh series of attempts");
        assertEquals(t0.plusSeconds(100), delivery.nextAttemptAt());
        delivery.delivered(t0.plusSeconds(101), t0.plusSeconds(101));
        assertEquals(DeliveryStatus.DELIVERED, delivery.status());
        assertEquals(t0.plusSeconds(101), delivery.deliveredAt());
    }

    @Test
    void aScheduleWithoutDelaysOrAttemptsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RetrySchedule(List.of(), 3));
        assertThrows(IllegalArgumentException.class, () -> new RetrySchedule(RetrySchedule.DEFAULT_DELAYS, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new RetrySchedule(List.of(Duration.ofSeconds(-1)), 3));
        assertTrue(defaults.maxAttempts() == 8);
    }
}
