package pa.gob.refugio.registration.partner.webhook;

/**
 * Deliveries were queued (or replayed) in the current transaction. Fired inside it; the sender observes it after a
 * successful commit ({@code TransactionPhase.AFTER_SUCCESS}) and sends what is due at once, so a partner hears of a
 * change within moments, not at the next sweep. Nothing is sent for a transaction that rolls back.
 */
public record DeliveriesQueued() {
}
