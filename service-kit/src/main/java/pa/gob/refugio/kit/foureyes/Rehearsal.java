package pa.gob.refugio.kit.foureyes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/**
 * Runs a command in a transaction of its own that is always rolled back: every rule of the real command is checked
 * (and its problem thrown) without any effect, no row and no event. Used to refuse a back-dated entry at once when
 * it could never be confirmed, instead of holding it for a second officer.
 */
@ApplicationScoped
public class Rehearsal {

    private final TransactionManager transactions;

    public Rehearsal(TransactionManager transactions) {
        this.transactions = transactions;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T rehearse(Supplier<T> command) {
        try {
            return command.get();
        } finally {
            try {
                transactions.setRollbackOnly();
            } catch (SystemException | IllegalStateException e) {
                throw new IllegalStateException("Cannot roll back a rehearsal", e);
            }
        }
    }
}
