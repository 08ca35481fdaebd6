package pa.gob.refugio.registration.partner.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records every {@link ReferralStatusChanged} fired, and whether it was fired inside an active transaction. */
@ApplicationScoped
public class StatusChanges {

    public record Seen(ReferralStatusChanged change, boolean inTransaction) {
    }

    private final List<Seen> seen = new CopyOnWriteArrayList<>();

    @Inject
    TransactionManager transactions;

    void on(@Observes ReferralStatusChanged change) throws SystemException {
        seen.add(new Seen(change, transactions.getStatus() == Status.STATUS_ACTIVE));
    }

    public List<Seen> of(UUID referral) {
        return seen.stream().filter(s -> s.change().referralId().equals(referral)).toList();
    }

    public List<String> statuses(UUID referral) {
        return of(referral).stream().map(s -> s.change().status()).toList();
    }
}
