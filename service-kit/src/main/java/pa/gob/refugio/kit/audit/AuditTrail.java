package pa.gob.refugio.kit.audit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The append-only audit trail ({@code audit_record}): an {@code access} row before a request runs and an
 * {@code outcome} row with its status afterwards, each in a transaction of its own. PostgreSQL refuses UPDATE, DELETE
 * and TRUNCATE on the table.
 */
@ApplicationScoped
public class AuditTrail {

    /** What is recorded of one request before it runs. */
    public record Access(UUID requestId, String subject, String role, String institution, String method,
                         String pathTemplate, String path, String caseId, String purpose, UUID correlationId) {
    }

    /** One request as oversight sees it: the access and, once known, its outcome. */
    public record Entry(UUID requestId, Instant at, String subject, String role, String institution, String method,
                        String pathTemplate, String path, String caseId, String purpose, UUID correlationId,
                        Integer status) {
    }

    public record Page(int page, int size, long total, List<Entry> items) {
    }

    private final AgroalDataSource dataSource;

    public AuditTrail(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Records an access before it happens; throws if it cannot be recorded (the request must then not run). */
    public void access(Access access) {
        insert(access, "access", null);
    }

    /** Records how a request ended. */
    public void outcome(Access access, int status) {
        insert(access, "outcome", status);
    }

    private void insert(Access a, String kind, Integer status) {
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                    "insert into audit_record (request_id, kind, subject, role, institution, method, path_template,"
                            + " path, case_id, purpose, correlation_id, status) values (?,?,?,?,?,?,?,?,?,?,?,?)")) {
                s.setObject(1, a.requestId());
                s.setString(2, kind);
                s.setString(3, a.subject());
                s.setString(4, a.role());
                s.setString(5, a.institution());
                s.setString(6, a.method());
                s.setString(7, a.pathTemplate());
                s.setString(8, a.path());
                s.setString(9, a.caseId());
                s.setString(10, a.purpose());
                s.setObject(11, a.correlationId());
                if (status == null) {
                    s.setNull(12, Types.INTEGER);
                } else {
                    s.setInt(12, status);
                }
                s.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("Could not write the audit record", e);
            }
        });
    }

    /** Accesses, newest first, each with its outcome status (null while running or if it never ended). */
    public Page query(String caseId, String subject, Instant from, Instant to, int page, int size) {
        StringBuilder where = new StringBuilder(" where a.kind = 'access'");
        List<Object> params = new ArrayList<>();
        if (caseId != null) {
            where.append(" and a.case_id = ?");
            params.add(caseId);
        }
        if (subject != null) {
            where.append(" and a.subject = ?");
            params.add(subject);
        }
        if (from != null) {
            where.append(" and a.recorded_at >= ?");
            params.add(java.time.OffsetDateTime.ofInstant(from, java.time.ZoneOffset.UTC));
        }
        if (to != null) {
            where.append(" and a.recorded_at < ?");
            params.add(java.time.OffsetDateTime.ofInstant(to, java.time.ZoneOffset.UTC));
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = dataSource.getConnection()) {
                long total;
                try (PreparedStatement s = c.prepareStatement("select count(*) from audit_record a" + where)) {
                    bind(s, params);
                    try (ResultSet r = s.executeQuery()) {
                        r.next();
                        total = r.getLong(1);
                    }
                }
                List<Entry> items = new ArrayList<>();
                try (PreparedStatement s = c.prepareStatement(
                        "select a.request_id, a.recorded_at, a.subject, a.role, a.institution, a.method,"
                                + " a.path_template, a.path, a.case_id, a.purpose, a.correlation_id,"
                                + " (select o.status from audit_record o where o.request_id = a.request_id"
                                + "  and o.kind = 'outcome' order by o.id desc limit 1) as status"
                                + " from audit_record a" + where
                                + " order by a.recorded_at desc, a.id desc limit ? offset ?")) {
                    List<Object> all = new ArrayList<>(params);
                    all.add(size);
                    all.add((long) page * size);
                    bind(s, all);
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            int status = r.getInt(12);
                            items.add(new Entry(r.getObject(1, UUID.class), r.getTimestamp(2).toInstant(),
                                    r.getString(3), r.getString(4), r.getString(5), r.getString(6), r.getString(7),
                                    r.getString(8), r.getString(9), r.getString(10), r.getObject(11, UUID.class),
                                    r.wasNull() ? null : status));
                        }
                    }
                }
                return new Page(page, size, total, items);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not read the audit trail", e);
            }
        });
    }

    private static void bind(PreparedStatement s, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            s.setObject(i + 1, params.get(i));
        }
    }
}
