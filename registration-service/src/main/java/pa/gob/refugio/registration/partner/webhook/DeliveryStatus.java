package pa.gob.refugio.registration.partner.webhook;

/** Where a webhook delivery stands: waiting to be (re)sent, acknowledged with 2xx, given up, or its destination deleted. */
public enum DeliveryStatus {
    PENDING, DELIVERED, FAILED, CANCELLED
}
