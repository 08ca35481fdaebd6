package pa.gob.refugio.kit.crypto;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * A service that declares encrypted columns refuses to start without a usable key ring (active key missing, unknown
 * or not 32 bytes), or when an encrypted column is not a {@code text} column (Hibernate's {@code validate} does not
 * check that a converted column is {@code text}). Then it encrypts what the columns not sealed yet still hold in
 * plaintext or {@code v1} ({@link ReEncryptionJob#sealUnsealedColumns()}), before the service serves anything.
 */
@ApplicationScoped
public class CryptoStartupCheck {

    private static final Logger LOG = Logger.getLogger(CryptoStartupCheck.class);

    private final EncryptedColumns columns;
    private final Instance<FieldCipher> cipher;
    private final EntityManager em;
    private final Instance<ReEncryptionJob> job;

    public CryptoStartupCheck(EncryptedColumns columns, Instance<FieldCipher> cipher, EntityManager em,
                              Instance<ReEncryptionJob> job) {
        this.columns = columns;
        this.cipher = cipher;
        this.em = em;
        this.job = job;
    }

    void onStart(@Observes StartupEvent event) {
        if (columns.isEmpty()) {
            return;
        }
        KeyRing ring = cipher.get().keyRing(); // throws, and so stops the start, without a usable active key
        QuarkusTransaction.requiringNew().run(this::checkColumns);
        int sealed = job.get().sealUnsealedColumns(); // plaintext and v1 left in columns not sealed yet
        LOG.infof("Encryption at rest: %d column(s) %s, active key '%s', keys %s, format v2 (bound to table, column "
                        + "and row), plaintext %s; %d value(s) encrypted at start", columns.columns().size(),
                columns.columns(), ring.activeKeyId(), ring.keyIds(),
                cipher.get().allowsPlaintext() ? "ALLOWED (refugio.crypto.allow-plaintext)" : "refused", sealed);
    }

    private void checkColumns() {
        List<String> wrong = new ArrayList<>();
        for (EncryptedColumns.Column c : columns.columns()) {
            Number typed = (Number) em.createNativeQuery("select count(*) from information_schema.columns "
                            + "where table_schema = current_schema() and table_name = ?1 and column_name = ?2 "
                            + "and data_type = ?3")
                    .setParameter(1, c.table()).setParameter(2, c.column())
                    .setParameter(3, c.binary() ? "bytea" : "text").getSingleResult();
            int ids = 0;
            for (String idColumn : c.idColumns()) {
                ids += ((Number) em.createNativeQuery("select count(*) from information_schema.columns "
                                + "where table_schema = current_schema() and table_name = ?1 and column_name = ?2")
                        .setParameter(1, c.table()).setParameter(2, idColumn).getSingleResult()).intValue();
            }
            if (typed.intValue() != 1 || ids != c.idColumns().size()) {
                wrong.add(c.toString());
            }
        }
        if (!wrong.isEmpty()) {
            throw new IllegalStateException("Encrypted columns must be text (bytea for EncryptedBytes) columns of a "
                    + "table with its id column(s): " + wrong);
        }
    }
}
