package pa.gob.refugio.registration.partner.webhook;

import java.time.Instant;
import java.util.UUID;

/**
 * The JSON a partner receives: the delivery id (also {@code Refugio-Webhook-Id}, the same on every retry and replay,
 * so receivers can deduplicate), the type, the referral and its coarse status. No personal data.
 */
public record WebhookPayload(UUID id, String type, UUID referralId, String status, Instant occurredAt) {

    public static final String REFERRAL_STATUS_CHANGED = "referral.status_changed";
}
