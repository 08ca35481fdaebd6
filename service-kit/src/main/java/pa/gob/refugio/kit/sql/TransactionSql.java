package pa.gob.refugio.kit.sql;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;
import org.hibernate.engine.spi.SessionImplementor;

/**
 * Plain JDBC statements on the connection of the caller's transaction (the one the {@link EntityManager} uses), for
 * the kit's and services' hand-written SQL on hot paths: the outbox and inbox rows, index rows, read-model rows.
 *
 * <p>Why not {@code em.createNativeQuery(...).executeUpdate()}: Hibernate builds a query object per call, flushes the
 * whole persistence context before it (a native query may read anything) and, after an update, schedules a
 * bulk-operation cleanup of every entity and collection cache it cannot rule out. On the registration path that was
 * over a third of the service's CPU. A statement here does none of that: <b>it does not flush</b>. The caller flushes
 * first ({@code em.flush()}) when its SQL must see, or reference by foreign key, entities persisted in the same
 * transaction but not yet written. Failures surface as Hibernate's usual {@code JDBCException} subclasses
 * (e.g. {@code ConstraintViolationException}), as they would from a native query.
 */
public final class TransactionSql {

    private TransactionSql() {
    }

    /** One statement; returns the update count. */
    public static int update(EntityManager em, String sql, Object... params) {
        return em.unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                bind(s, params);
                return s.executeUpdate();
            } catch (SQLException e) {
                throw convert(em, e, sql);
            }
        });
    }

    /** The same statement for every parameter row, sent as one JDBC batch (one round trip). */
    public static void batch(EntityManager em, String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        if (rows.size() == 1) {
            update(em, sql, rows.get(0));
            return;
        }
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                for (Object[] row : rows) {
                    bind(s, row);
                    s.addBatch();
                }
                s.executeBatch();
            } catch (SQLException e) {
                throw convert(em, e, sql);
            }
        });
    }

    /** The first column of every row of a query, as {@code type}. */
    public static <T> List<T> column(EntityManager em, Class<T> type, String sql, Object... params) {
        return em.unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                bind(s, params);
                List<T> values = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        values.add(r.getObject(1, type));
                    }
                }
                return values;
            } catch (SQLException e) {
                throw convert(em, e, sql);
            }
        });
    }

    /** Every row of a query, each as its columns' values (as the driver returns them: see {@link NativeValues}). */
    public static List<Object[]> rows(EntityManager em, String sql, Object... params) {
        return em.unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                bind(s, params);
                List<Object[]> rows = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    int columns = r.getMetaData().getColumnCount();
                    while (r.next()) {
                        Object[] row = new Object[columns];
                        for (int i = 0; i < columns; i++) {
                            row[i] = r.getObject(i + 1);
                        }
                        rows.add(row);
                    }
                }
                return rows;
            } catch (SQLException e) {
                throw convert(em, e, sql);
            }
        });
    }

    private static void bind(PreparedStatement s, Object[] params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            if (p instanceof Instant instant) {
                s.setTimestamp(i + 1, Timestamp.from(instant));
            } else if (p instanceof Object[] array) {
                Connection c = s.getConnection();
                s.setArray(i + 1, c.createArrayOf(sqlArrayType(array), array));
            } else {
                s.setObject(i + 1, p);
            }
        }
    }

    private static String sqlArrayType(Object[] array) {
        Class<?> component = array.getClass().getComponentType();
        if (component == java.util.UUID.class) {
            return "uuid";
        }
        if (component == Long.class) {
            return "bigint";
        }
        if (component == Integer.class) {
            return "integer";
        }
        return "text";
    }

    private static RuntimeException convert(EntityManager em, SQLException e, String sql) {
        return em.unwrap(SessionImplementor.class).getJdbcServices().getSqlExceptionHelper()
                .convert(e, e.getMessage(), sql);
    }
}
