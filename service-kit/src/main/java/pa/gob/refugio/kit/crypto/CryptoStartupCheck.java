package pa.gob.refugio.kit.crypto;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * A service that declares encrypted columns refuses to start without a usable key ring (active key missing, unknown
 * or not 32 bytes), or when an encrypted column is not a {@code text} column (Hibernate's {@code validate} does not
 * check that a converted column is {@code text}).
 */
@ApplicationScoped
public class CryptoStartupCheck {

    private static final Logger LOG = Logger.getLogger(CryptoStartupCheck.class);

    private final EncryptedColumns columns;
    private final Instance<FieldCipher> cipher;
    private final EntityManager em;

    public CryptoStartupCheck(EncryptedColumns columns, Instance<FieldCipher> cipher, EntityManager em) {
        this.columns = columns;
        this.cipher = cipher;
        this.em = em;
    }

    @Transactional
    void onStart(@Observes StartupEvent event) {
        if (columns.isEmpty()) {
            return;
        }
        KeyRing ring = cipher.get().keyRing(); // throws, and so stops the start, without a usable active key
        List<String> wrong = new ArrayList<>();
        for (EncryptedColumns.Column c : columns.columns()) {
            Number text = (Number) em.createNativeQuery("select count(*) from information_schema.columns "
                            + "where table_schema = current_schema() and table_name = ?1 and column_name = ?2 "
                            + "and data_type = 'text'")
                    .setParameter(1, c.table()).setParameter(2, c.column()).getSingleResult();
            Number id = (Number) em.createNativeQuery("select count(*) from information_schema.columns "
                            + "where table_schema = current_schema() and table_name = ?1 and column_name = ?2")
                    .setParameter(1, c.table()).setParameter(2, c.idColumn()).getSingleResult();
            if (text.intValue() != 1 || id.intValue() != 1) {
                wrong.add(c.toString());
            }
        }
        if (!wrong.isEmpty()) {
            throw new IllegalStateException("Encrypted columns must be text columns of a table with its id column: " + wrong);
        }
        LOG.infof("Encryption at rest: %d column(s) %s, active key '%s', keys %s", columns.columns().size(),
                columns.columns(), ring.activeKeyId(), ring.keyIds());
    }
}
