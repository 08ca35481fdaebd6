package pa.gob.refugio.kit.problem;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;

/**
 * Tells a failure to reach the database (stopped, frozen, restarting, out of connections) from every other failure:
 * an HTTP request then answers 503 with {@code Retry-After} instead of 500, and a consumer waits and retries.
 *
 * <p>Recognised anywhere in the cause chain: SQLState class 08 (connection exception), 57P (the server is shutting
 * down or starting), 57014 (statement timeout), 55P03 (lock timeout), class 53 (out of connections or resources);
 * the JDBC connection and timeout exceptions; Agroal's acquisition timeout ("Sorry, acquisition timeout!"); Hibernate's
 * {@code JDBCConnectionException} and query/lock timeouts; socket connect and read timeouts.
 */
public final class DatabaseUnavailable {

    private static final int MAX_DEPTH = 32;

    /** True when {@code failure}, or one of its causes, says the database cannot be reached or did not answer. */
    public static boolean isCause(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        int depth = 0;
        for (Throwable t = failure; t != null && seen.add(t) && depth < MAX_DEPTH; t = t.getCause(), depth++) {
            if (isConnectionFailure(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isConnectionFailure(Throwable t) {
        if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                || t instanceof SQLTimeoutException) {
            return true;
        }
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null && (state.startsWith("08") || state.startsWith("57P") || state.equals("57014")
                    || state.equals("55P03") || state.startsWith("53"))) {
                return true;
            }
            String message = sql.getMessage();
            if (message != null && message.toLowerCase(Locale.ROOT).contains("acquisition timeout")) {
                return true;
            }
        }
        return t instanceof org.hibernate.exception.JDBCConnectionException
                || t instanceof org.hibernate.QueryTimeoutException
                || t instanceof org.hibernate.exception.LockTimeoutException
                || t instanceof jakarta.persistence.QueryTimeoutException
                || t instanceof jakarta.persistence.LockTimeoutException
                || t instanceof ConnectException
                || t instanceof NoRouteToHostException
                || t instanceof SocketTimeoutException;
    }

    private DatabaseUnavailable() {
    }
}
