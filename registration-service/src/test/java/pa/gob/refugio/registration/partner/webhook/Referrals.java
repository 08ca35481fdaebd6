package pa.gob.refugio.registration.partner.webhook;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.event.Event;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import pa.gob.refugio.registration.partner.referral.ReferralStatusChanged;

/** Fires referral status changes as the referral use cases do: a CDI event inside their transaction. */
final class Referrals {

    private Referrals() {
    }

    static ReferralStatusChanged change(String partner, String status) {
        return new ReferralStatusChanged(partner, UUID.randomUUID(), status,
                Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    static void fire(Event<ReferralStatusChanged> events, ReferralStatusChanged change) {
        QuarkusTransaction.requiringNew().run(() -> events.fire(change));
    }
}
