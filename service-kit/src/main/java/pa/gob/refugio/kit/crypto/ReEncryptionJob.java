package pa.gob.refugio.kit.crypto;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Rewrites every value of the service's encrypted columns ({@link EncryptedColumns}: found in the entity mapping) that is not under the active
 * key (an older key, or legacy plaintext) with the active key, so that an old key can be removed. Per column, in
 * batches of {@code refugio.crypto.reencrypt-batch-size} rows, each batch in its own transaction, walking the
 * primary key; the rows are locked {@code FOR UPDATE SKIP LOCKED}, so two instances (or a use case holding a row)
 * never collide, and a skipped row is taken by the next run. The plain value and the row's version are unchanged.
 * A value that cannot be decrypted is logged (table, id and key id, never the value) and left as it is.
 * Runs every {@code refugio.crypto.reencrypt-every} ({@code off} disables the schedule) and is callable directly.
 */
@ApplicationScoped
public class ReEncryptionJob {

    private static final Logger LOG = Logger.getLogger(ReEncryptionJob.class);
    public static final String PLAINTEXT = "plaintext";

    private final EntityManager em;
    private final EncryptedColumns columns;
    private final Instance<FieldCipher> cipher;
    private final int batchSize;

    public ReEncryptionJob(EntityManager em, EncryptedColumns columns, Instance<FieldCipher> cipher,
                           @ConfigProperty(name = "refugio.crypto.reencrypt-batch-size", defaultValue = "200")
                           int batchSize) {
        this.em = em;
        this.columns = columns;
        this.cipher = cipher;
        this.batchSize = batchSize;
    }

    @Scheduled(identity = "reencrypt-sensitive-fields", every = "${refugio.crypto.reencrypt-every}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (columns.isEmpty()) {
            return;
        }
        int rewritten = reencryptAll();
        Map<String, Long> perKey = valuesPerKey();
        if (rewritten > 0 || perKey.keySet().stream().anyMatch(k -> !k.equals(cipher.get().keyRing().activeKeyId()))) {
            LOG.infof("Re-encryption: %d value(s) rewritten with key '%s'; values per key now %s", rewritten,
                    cipher.get().keyRing().activeKeyId(), perKey);
        }
    }

    /** Re-encrypts every value not under the active key; returns how many values this call rewrote. */
    public int reencryptAll() {
        int total = 0;
        for (EncryptedColumns.Column column : columns.columns()) {
            total += reencrypt(column);
        }
        return total;
    }

    /** How many stored values each key id holds, over every encrypted column ({@value #PLAINTEXT} for legacy). */
    public Map<String, Long> valuesPerKey() {
        Map<String, Long> counts = new TreeMap<>();
        for (EncryptedColumns.Column c : columns.columns()) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                    "select case when " + c.column() + " like 'v1:%' then split_part(" + c.column() + ", ':', 2) "
                            + "else '" + PLAINTEXT + "' end, count(*) from " + c.table() + " where " + c.column()
                            + " is not null group by 1").getResultList());
            for (Object[] row : rows) {
                counts.merge((String) row[0], ((Number) row[1]).longValue(), Long::sum);
            }
        }
        return counts;
    }

    private int reencrypt(EncryptedColumns.Column c) {
        FieldCipher fieldCipher = cipher.get();
        String current = FieldCipher.VERSION + ":" + fieldCipher.keyRing().activeKeyId() + ":%";
        String id = c.idColumn();
        String select = "select " + id + ", " + c.column() + " from " + c.table() + " where " + c.column()
                + " is not null and " + c.column() + " not like ?1";
        String order = " order by " + id + " limit ?2 for update skip locked";
        String update = "update " + c.table() + " set " + c.column() + " = ?1 where " + id + " = ?2";
        int total = 0;
        Object after = null;
        while (true) {
            Object from = after;
            int[] rewritten = {0};
            Object last = QuarkusTransaction.requiringNew().call(() -> {
                var query = from == null ? em.createNativeQuery(select + order)
                        : em.createNativeQuery(select + " and " + id + " > ?3" + order).setParameter(3, from);
                @SuppressWarnings("unchecked")
                List<Object[]> rows = query.setParameter(1, current).setParameter(2, batchSize).getResultList();
                Object lastId = null;
                for (Object[] row : rows) {
                    lastId = row[0];
                    String stored = (String) row[1];
                    try {
                        String again = fieldCipher.reencrypt(stored);
                        em.createNativeQuery(update).setParameter(1, again).setParameter(2, lastId).executeUpdate();
                        rewritten[0]++;
                    } catch (DecryptionFailed e) {
                        LOG.errorf("Re-encryption: %s of %s %s left as it is (key %s): %s", c.column(), c.table(),
                                lastId, FieldCipher.keyIdOf(stored).orElse("?"), e.getMessage());
                    }
                }
                return rows.size() < batchSize ? null : lastId;
            });
            total += rewritten[0];
            if (last == null) {
                return total;
            }
            after = last;
        }
    }
}
