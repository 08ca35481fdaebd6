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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The append-only audit trail ({@code audit_record}): an {@code access} row before a request runs and an
 * {@code outcome} row with its status afterwards, each in a transaction of its own. PostgreSQL refuses UPDATE, DELETE
 * and TRUNCATE on the table. When the path names no case, the outcome row carries the case the answer was about
 * ({@link CaseScoped}): one outcome row per case an answer names. Anonymous requests to public endpoints are not
 * recorded one by one but counted, per hour, path template and status, in {@code audit_anonymous_count}.
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

    /** Anonymous requests to one public path template that ended with one status, within one hour. */
    public record AnonymousCount(Instant hour, String method, String pathTemplate, int status, long requests,
                                 Instant lastAt) {
    }

    public record AnonymousPage(int page, int size, long total, List<AnonymousCount> items) {
    }

    private static final String INSERT = "insert into audit_record (request_id, kind, subject, role, institution,"
            + " method, path_template, path, case_id, purpose, correlation_id, status)"
            + " values (?,?,?,?,?,?,?,?,?,?,?,?)";

    private final AgroalDataSource dataSource;

    public AuditTrail(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Records an access before it happens; throws if it cannot be recorded (the request must then not run). */
    public void access(Access access) {
        insert(access, "access", null, List.of());
    }

    /** Records how a request ended. */
    public void outcome(Access access, int status) {
        insert(access, "outcome", status, List.of());
    }

    /**
     * Records how a request ended and, when its path named no case, the cases its answer was about: one outcome row
     * per case (all with the request's id and status), or one without a case if {@code caseIds} is empty.
     */
    public void outcome(Access access, int status, Collection<String> caseIds) {
        insert(access, "outcome", status, access.caseId() == null ? caseIds : List.of());
    }

    /** Counts an anonymous request to a public endpoint in its hour's row (created at the first). */
    public void anonymous(String method, String pathTemplate, int status) {
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                    "insert into audit_anonymous_count (hour, method, path_template, status, requests)"
                            + " values (date_trunc('hour', now()), ?, ?, ?, 1)"
                            + " on conflict (hour, method, path_template, status) do update"
                            + " set requests = audit_anonymous_count.requests + 1, last_at = now()")) {
                s.setString(1, method);
                s.setString(2, pathTemplate == null ? "?" : pathTemplate);
                s.setInt(3, status);
                s.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("Could not count the anonymous request", e);
            }
        });
    }

    private void insert(Access a, String kind, Integer status, Collection<String> caseIds) {
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(INSERT)) {
                if (caseIds.isEmpty()) {
                    bindRow(s, a, kind, status, a.caseId());
                    s.executeUpdate();
                } else {
                    for (String caseId : caseIds) {
                        bindRow(s, a, kind, status, caseId);
                        s.addBatch();
                    }
                    s.executeBatch();
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Could not write the audit record", e);
            }
        });
    }

    private static void bindRow(PreparedStatement s, Access a, String kind, Integer status, String caseId)
            throws SQLException {
        s.setObject(1, a.requestId());
        s.setString(2, kind);
        s.setString(3, a.subject());
        s.setString(4, a.role());
        s.setString(5, a.institution());
        s.setString(6, a.method());
        s.setString(7, a.pathTemplate());
        s.setString(8, a.path());
        s.setString(9, caseId);
        s.setString(10, a.purpose());
        s.setObject(11, a.correlationId());
        if (status == null) {
            s.setNull(12, Types.INTEGER);
        } else {
            s.setInt(12, status);
        }
    }

    /**
     * Accesses, newest first, each with its outcome status (null while running or if it never ended). By case: the
     * requests whose path named the case and those whose answer was about it (outcome rows carrying it).
     */
    public Page query(String caseId, String subject, Instant from, Instant to, int page, int size) {
        StringBuilder where = new StringBuilder(" where a.kind = 'access'");
        List<Object> params = new ArrayList<>();
        if (caseId != null) {
            where.append(" and a.request_id in (select c.request_id from audit_record c"
                    + " where c.kind = 'access' and c.case_id = ?"
                    + " union all select c.request_id from audit_record c where c.kind = 'outcome' and c.case_id = ?)");
            params.add(caseId);
            params.add(caseId);
        }
        if (subject != null) {
            where.append(" and a.subject = ?");
            params.add(subject);
        }
        if (from != null) {
            where.append(" and a.recorded_at >= ?");
            params.add(OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
        }
        if (to != null) {
            where.append(" and a.recorded_at < ?");
            params.add(OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = dataSource.getConnection()) {
                long total = count(c, "select count(*) from audit_record a" + where, params);
                List<Entry> items = new ArrayList<>();
                try (PreparedStatement s = c.prepareStatement(
                        "select a.request_id, a.recorded_at, a.subject, a.role, a.institution, a.method,"
                                + " a.path_template, a.path,"
                                + " coalesce(a.case_id, (select o.case_id from audit_record o"
                                + "  where o.request_id = a.request_id and o.kind = 'outcome' and o.case_id is not null"
                                + "  order by o.id limit 1)) as case_id,"
                                + " a.purpose, a.correlation_id,"
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
                            // a read naming several cases shows, when asked by case, the case asked for
                            String entryCase = caseId != null ? caseId : r.getString(9);
                            items.add(new Entry(r.getObject(1, UUID.class), r.getTimestamp(2).toInstant(),
                                    r.getString(3), r.getString(4), r.getString(5), r.getString(6), r.getString(7),
                                    r.getString(8), entryCase, r.getString(10), r.getObject(11, UUID.class),
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

    /** The anonymous requests counted per hour, newest hour first. */
    public AnonymousPage anonymous(Instant from, Instant to, int page, int size) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        if (from != null) {
            where.append(" and hour >= date_trunc('hour', ?::timestamptz)");
            params.add(OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
        }
        if (to != null) {
            where.append(" and hour < ?");
            params.add(OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = dataSource.getConnection()) {
                long total = count(c, "select count(*) from audit_anonymous_count" + where, params);
                List<AnonymousCount> items = new ArrayList<>();
                try (PreparedStatement s = c.prepareStatement("select hour, method, path_template, status, requests,"
                        + " last_at from audit_anonymous_count" + where
                        + " order by hour desc, path_template, method, status limit ? offset ?")) {
                    List<Object> all = new ArrayList<>(params);
                    all.add(size);
                    all.add((long) page * size);
                    bind(s, all);
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            items.add(new AnonymousCount(r.getTimestamp(1).toInstant(), r.getString(2),
                                    r.getString(3), r.getInt(4), r.getLong(5), r.getTimestamp(6).toInstant()));
                        }
                    }
                }
                return new AnonymousPage(page, size, total, items);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not read the anonymous audit counts", e);
            }
        });
    }

    private static long count(Connection c, String sql, List<Object> params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static void bind(PreparedStatement s, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            s.setObject(i + 1, params.get(i));
        }
    }
}
