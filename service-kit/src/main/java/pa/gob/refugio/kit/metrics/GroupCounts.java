package pa.gob.refugio.kit.metrics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/** Runs a {@code select <label>, count(*) ... group by <label>} on its own pooled connection, for a gauge refresh. */
public final class GroupCounts {

    /** The counts per label value; a null label value is {@code "none"}. Parameters bind in order. */
    public static Map<String, Long> of(DataSource dataSource, String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setQueryTimeout(10);
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            Map<String, Long> counts = new LinkedHashMap<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String label = rs.getString(1);
                    counts.merge(label == null ? "none" : label, rs.getLong(2), Long::sum);
                }
            }
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException("Counts for a gauge could not be read: " + e.getMessage(), e);
        }
    }

    private GroupCounts() {
    }
}
