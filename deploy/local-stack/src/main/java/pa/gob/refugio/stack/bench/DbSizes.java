package pa.gob.refugio.stack.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import pa.gob.refugio.stack.Service;

/** {@code pg_database_size} of each service's database, in bytes. */
final class DbSizes {

    static Map<String, Long> read(BenchStack stack) {
        Map<String, Long> sizes = new LinkedHashMap<>();
        for (Service s : Service.ALL) {
            try (Connection c = DriverManager.getConnection(stack.jdbcUrl(s.database()), BenchStack.dbUser(),
                    BenchStack.dbPassword());
                 PreparedStatement ps = c.prepareStatement("select pg_database_size(current_database())");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                sizes.put(s.name(), rs.getLong(1));
            } catch (SQLException e) {
                sizes.put(s.name(), -1L);
            }
        }
        return sizes;
    }

    private DbSizes() {
    }
}
