package pa.gob.refugio.registration.partner.webhook;

/**
 * Where a webhook delivery stands: waiting to be (re)sent, acknowledged with 2xx, given up, or cancelled (its
 * destination deleted, or the person withdrew consent to the referral).
 */
public enum DeliveryStatus {
    PENDING, DELIVERED, FAILED, CANCELLED
}
