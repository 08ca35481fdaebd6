package pa.gob.refugio.stack.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * What registration would cost if it were only its database writes: one registration made over the API is taken as
 * the template (every row its transaction wrote — found by the transaction id, {@code xmin}, of its members — plus
 * its outbox rows and the two audit rows of the request), and the same rows are then written {@code count} times as
 * plain JDBC batch transactions, with fresh ids, into a scratch schema {@code bench_plain} of copies of the tables
 * ({@code like public.x including all}: same columns, defaults, checks and indexes) in the registration database, by
 * as many callers as the benchmark uses. The schema is dropped afterwards.
 */
final class PlainSqlComparison {

    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final String SCHEMA = "bench_plain";

    /** The comparison's figures. */
    record Result(int registrations, double seconds, double perSecond, Map<String, Integer> rowsPerRegistration) {
    }

    /** The rows of one table a registration wrote, and how to write them again. */
    record TableRows(String table, List<String> columns, List<Object[]> rows, Set<String> uniqueText,
                             Set<String> omitted) {
    }

    private PlainSqlComparison() {
    }

    /** Captures the template rows of the case registered just now; call right after its 201. */
    static Map<String, TableRows> capture(String jdbcUrl, UUID caseId) throws SQLException {
        try (Connection c = connect(jdbcUrl)) {
            String xid;
            try (PreparedStatement ps = c.prepareStatement(
                    "select xmin::text from member where application_id = ? order by position limit 1")) {
                ps.setObject(1, caseId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("no member rows for template case " + caseId);
                    }
                    xid = rs.getString(1);
                }
            }
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery("select tablename from pg_tables where schemaname"
                    + " = 'public' and tablename not like 'flyway%' order by tablename")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
            for (String t : tables) {
                select(c, "select * from public." + t + " where xmin::text = ?", xid, rows, t);
            }
            // rows of the same transaction updated since (the outbox relay marks its rows published at once)
            selectMissing(c, "select * from public.application where id = ?", caseId, rows, "application");
            selectMissing(c, "select * from public.outbox_event where event_key = ?", caseId.toString(), rows,
                    "outbox_event");
            select(c, "select * from public.audit_record where method = 'POST' and path = ? order by id desc limit 2",
                    "/api/v1/applications", rows, "audit_record");
            Map<String, TableRows> result = new LinkedHashMap<>();
            for (Map.Entry<String, List<Map<String, Object>>> e : rows.entrySet()) {
                if (e.getValue().isEmpty()) {
                    continue;
                }
                List<String> columns = new ArrayList<>(e.getValue().get(0).keySet());
                Set<String> omitted = sequenceColumns(c, e.getKey());
                columns.removeAll(omitted);
                List<Object[]> values = new ArrayList<>();
                for (Map<String, Object> row : e.getValue()) {
                    values.add(columns.stream().map(row::get).toArray());
                }
                result.put(e.getKey(), new TableRows(e.getKey(), columns, values, uniqueColumns(c, e.getKey()),
                        omitted));
            }
            return result;
        }
    }

    /** Writes the template {@code count} times with {@code clients} callers; drops the scratch schema after. */
    static Result run(String jdbcUrl, Map<String, TableRows> template, int count, int clients) throws Exception {
        try (Connection c = connect(jdbcUrl); Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + SCHEMA + " cascade");
            s.execute("create schema " + SCHEMA);
            for (String t : template.keySet()) {
                s.execute("create table " + SCHEMA + "." + t + " (like public." + t + " including all)");
            }
        }
        try {
            AtomicInteger next = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            long t0 = System.nanoTime();
            List<Future<?>> work = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                work.add(pool.submit(() -> {
                    write(jdbcUrl, template, next, count);
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            pool.shutdown();
            Map<String, Integer> perRegistration = new LinkedHashMap<>();
            template.forEach((t, r) -> perRegistration.put(t, r.rows().size()));
            return new Result(count, seconds, count / seconds, perRegistration);
        } finally {
            try (Connection c = connect(jdbcUrl); Statement s = c.createStatement()) {
                s.execute("drop schema if exists " + SCHEMA + " cascade");
            }
        }
    }

    private static void write(String jdbcUrl, Map<String, TableRows> template, AtomicInteger next, int count)
            throws SQLException {
        try (Connection c = connect(jdbcUrl)) {
            c.setAutoCommit(false);
            Map<String, PreparedStatement> inserts = new LinkedHashMap<>();
            for (TableRows t : template.values()) {
                inserts.put(t.table(), c.prepareStatement("insert into " + SCHEMA + "." + t.table() + " ("
                        + String.join(", ", t.columns()) + ") values ("
                        + String.join(", ", t.columns().stream().map(x -> "?").toList()) + ")"));
            }
            int n;
            while ((n = next.getAndIncrement()) < count) {
                Map<Object, Object> fresh = new HashMap<>();
                for (TableRows t : template.values()) {
                    PreparedStatement ps = inserts.get(t.table());
                    for (Object[] row : t.rows()) {
                        for (int i = 0; i < row.length; i++) {
                            ps.setObject(i + 1, renew(row[i], t.uniqueText().contains(t.columns().get(i)), n, fresh));
                        }
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                c.commit();
            }
        }
    }

    /** A fresh value: every id (uuid, or text holding one) mapped to a new one per registration; unique text made so. */
    static Object renew(Object value, boolean uniqueText, int registration, Map<Object, Object> fresh) {
        if (value instanceof UUID) {
            return fresh.computeIfAbsent(value, k -> UUID.randomUUID());
        }
        if (value instanceof String s) {
            if (UUID_TEXT.matcher(s).matches()) {
                return fresh.computeIfAbsent(s, k -> UUID.randomUUID().toString());
            }
            if (uniqueText) {
                return s + "-" + registration;
            }
        }
        return value;
    }

    private static void select(Connection c, String sql, Object parameter, Map<String, List<Map<String, Object>>> into,
                               String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, parameter);
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        row.put(md.getColumnName(i), rs.getObject(i));
                    }
                    List<Map<String, Object>> rows = into.computeIfAbsent(table, k -> new ArrayList<>());
                    if (!rows.contains(row)) {
                        rows.add(row);
                    }
                }
            }
        }
    }

    /** Adds the rows of {@code sql} whose first column (the key) is not among those captured already. */
    private static void selectMissing(Connection c, String sql, Object parameter,
                                      Map<String, List<Map<String, Object>>> into, String table) throws SQLException {
        Map<String, List<Map<String, Object>>> found = new LinkedHashMap<>();
        select(c, sql, parameter, found, table);
        List<Map<String, Object>> have = into.computeIfAbsent(table, k -> new ArrayList<>());
        Set<Object> keys = new HashSet<>();
        have.forEach(r -> keys.add(r.values().iterator().next()));
        for (Map<String, Object> r : found.getOrDefault(table, List.of())) {
            if (keys.add(r.values().iterator().next())) {
                have.add(r);
            }
        }
    }

    /** Columns filled by a sequence (bigserial): left to their default. */
    private static Set<String> sequenceColumns(Connection c, String table) throws SQLException {
        Set<String> cols = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("select column_name from information_schema.columns where"
                + " table_schema = 'public' and table_name = ? and column_default like 'nextval(%'")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    cols.add(rs.getString(1));
                }
            }
        }
        return cols;
    }

    /** Text columns with a unique index of their own (e.g. the case number): given a suffix per registration. */
    private static Set<String> uniqueColumns(Connection c, String table) throws SQLException {
        Set<String> cols = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("select a.attname from pg_index i join pg_attribute a on"
                + " a.attrelid = i.indrelid and a.attnum = i.indkey[0] where i.indrelid = ('public.' || ?)::regclass"
                + " and i.indisunique and i.indnatts = 1 and a.atttypid = 'text'::regtype")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    cols.add(rs.getString(1));
                }
            }
        }
        return cols;
    }

    private static Connection connect(String jdbcUrl) throws SQLException {
        return DriverManager.getConnection(jdbcUrl, BenchStack.dbUser(), BenchStack.dbPassword());
    }
}
