package pa.gob.refugio.kit.crypto;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Rewrites every value of the service's encrypted columns ({@link EncryptedColumns}: found in the entity mapping)
 * that is not {@code v2} under the active key (an older key, a legacy {@code v1} value, or plaintext) as {@code v2}
 * under the active key, bound to its table, column and row id, so that an old key can be removed. Per column, in
 * batches of {@code refugio.crypto.reencrypt-batch-size} rows, each batch in its own transaction, walking the
 * primary key; the rows are locked {@code FOR UPDATE SKIP LOCKED}, so two instances (or a use case holding a row)
 * never collide, and a skipped row is taken by the next run. The plain value and the row's version are unchanged.
 * A value that cannot be decrypted is logged (table, id and key id, never the value) and left as it is.
 * Runs every {@code refugio.crypto.reencrypt-every} ({@code off} disables the schedule) and is callable directly.
 * <p>
 * Plaintext: a column is <em>sealed</em> (a row in {@code encrypted_column_sealed}) once a run found no plaintext
 * left in it; the service's start runs the job over the columns not sealed yet ({@link #sealUnsealedColumns()}),
 * so existing plaintext is encrypted before anything reads it. In a sealed column a plaintext value is never
 * encrypted by the job (it would make a value written around the application look authentic): it is logged and
 * refused on read, unless {@code refugio.crypto.allow-plaintext} is true.
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

    /** Re-encrypts every value not v2 under the active key; returns how many values this call rewrote. */
    public int reencryptAll() {
        int total = 0;
        for (EncryptedColumns.Column column : columns.columns()) {
            total += reencrypt(column);
        }
        return total;
    }

    /**
     * At start: encrypts what the columns not sealed yet still hold (plaintext, v1, old keys) and seals those left
     * without plaintext; returns how many values it rewrote.
     */
    public int sealUnsealedColumns() {
        int total = 0;
        for (EncryptedColumns.Column column : columns.columns()) {
            if (!isSealed(column)) {
                total += reencrypt(column);
            }
        }
        return total;
    }

    /** Whether a column was found once without plaintext (from then on plaintext there is refused). */
    public boolean isSealed(EncryptedColumns.Column c) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "select count(*) from encrypted_column_sealed where table_name = ?1 and column_name = ?2")
                .setParameter(1, c.table()).setParameter(2, c.column()).getSingleResult()).intValue() > 0);
    }

    /** How many stored values each format and key holds ({@code v2:k1}, {@code v1:k0}, {@value #PLAINTEXT}). */
    public Map<String, Long> valuesPerKey() {
        Map<String, Long> counts = new TreeMap<>();
        for (EncryptedColumns.Column c : columns.columns()) {
            String value = text(c);
            @SuppressWarnings("unchecked")
            List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                    "select case when " + value + " like 'v1:%' or " + value + " like 'v2:%' then split_part(" + value
                            + ", ':', 1) || ':' || split_part(" + value + ", ':', 2) else '" + PLAINTEXT
                            + "' end, count(*) from " + c.table() + " where " + c.column()
                            + " is not null group by 1").getResultList());
            for (Object[] row : rows) {
                counts.merge((String) row[0], ((Number) row[1]).longValue(), Long::sum);
            }
        }
        return counts;
    }

    /** The column as text whose start tells its format (bytea: its first bytes, escaped). */
    private static String text(EncryptedColumns.Column c) {
        return c.binary() ? "encode(substring(" + c.column() + " from 1 for 40), 'escape')" : c.column();
    }

    private int reencrypt(EncryptedColumns.Column c) {
        FieldCipher fieldCipher = cipher.get();
        boolean sealedBefore = isSealed(c);
        boolean encryptPlaintext = !sealedBefore || fieldCipher.allowsPlaintext();
        String current = FieldCipher.V2 + ":" + fieldCipher.keyRing().activeKeyId() + ":%";
        List<String> ids = c.idColumns();
        String idList = String.join(", ", ids);
        String select = "select " + idList + ", " + c.column() + " from " + c.table() + " where " + c.column()
                + " is not null and " + text(c) + " not like ?1";
        String order = " order by " + idList + " limit ?2 for update skip locked";
        StringBuilder after = new StringBuilder(" and (").append(idList).append(") > (");
        StringBuilder where = new StringBuilder();
        for (int i = 0; i < ids.size(); i++) {
            after.append(i == 0 ? "" : ", ").append('?').append(i + 3);
            where.append(i == 0 ? "" : " and ").append(ids.get(i)).append(" = ?").append(i + 2);
        }
        after.append(')');
        String update = "update " + c.table() + " set " + c.column() + " = ?1 where " + where;
        int total = 0;
        int[] plaintextLeft = {0};
        List<Object> from = null;
        while (true) {
            List<Object> start = from;
            int[] rewritten = {0};
            List<Object> last = QuarkusTransaction.requiringNew().call(() -> {
                var query = em.createNativeQuery(select + (start == null ? "" : after.toString()) + order);
                if (start != null) {
                    for (int i = 0; i < start.size(); i++) {
                        query.setParameter(i + 3, start.get(i));
                    }
                }
                @SuppressWarnings("unchecked")
                List<Object[]> rows = query.setParameter(1, current).setParameter(2, batchSize).getResultList();
                List<Object> lastId = null;
                for (Object[] row : rows) {
                    lastId = new ArrayList<>(List.of(row).subList(0, ids.size()));
                    Binding place = c.binding(lastId);
                    Object stored = row[ids.size()];
                    try {
                        Object again;
                        if (stored instanceof byte[] bytes) {
                            boolean plain = !FieldCipher.isSealed(bytes);
                            if (plain && !encryptPlaintext) {
                                plaintextLeft[0]++;
                                LOG.errorf("Re-encryption: %s holds plaintext in a sealed column: refused on read, "
                                        + "left as it is", place);
                                continue;
                            }
                            again = fieldCipher.seal(plain ? bytes : fieldCipher.open(bytes, place), place);
                        } else {
                            String value = (String) stored;
                            boolean plain = !value.startsWith(FieldCipher.VERSION + ":")
                                    && !value.startsWith(FieldCipher.V2 + ":");
                            if (plain && !encryptPlaintext) {
                                plaintextLeft[0]++;
                                LOG.errorf("Re-encryption: %s holds plaintext in a sealed column: refused on read, "
                                        + "left as it is", place);
                                continue;
                            }
                            again = fieldCipher.seal(plain ? value : fieldCipher.open(value, place), place);
                        }
                        var statement = em.createNativeQuery(update).setParameter(1, again);
                        for (int i = 0; i < lastId.size(); i++) {
                            statement.setParameter(i + 2, lastId.get(i));
                        }
                        statement.executeUpdate();
                        rewritten[0]++;
                    } catch (DecryptionFailed e) {
                        LOG.errorf("Re-encryption: %s left as it is (key %s): %s", place,
                                stored instanceof String text ? FieldCipher.keyIdOf(text).orElse("?") : "?",
                                e.getMessage());
                    }
                }
                return rows.size() < batchSize ? null : lastId;
            });
            total += rewritten[0];
            if (last == null) {
                break;
            }
            from = last;
        }
        if (!sealedBefore && plaintextLeft[0] == 0) {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into encrypted_column_sealed"
                            + " (table_name, column_name) values (?1, ?2) on conflict do nothing")
                    .setParameter(1, c.table()).setParameter(2, c.column()).executeUpdate());
        }
        return total;
    }
}
