package pa.gob.refugio.kit.idempotency;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import jakarta.enterprise.inject.Instance;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pa.gob.refugio.kit.crypto.Binding;
import pa.gob.refugio.kit.crypto.FieldCipher;

/**
 * {@code idempotency_record}: one row per caller and Idempotency-Key, claimed before the request runs and completed
 * with its response. Every statement runs in a transaction of its own, never in the use case's.
 * <p>
 * No clear copy of personal data: the request is kept only as its SHA-256 ({@code request_hash}, compared to tell
 * a replay from another request under the key), and the response body, which may carry what the request held (a
 * registration answers with the identity document number, grounds and needs), is stored encrypted with the kit's
 * cipher ({@code v2}, bound to {@code idempotency_record.body} and the caller and key), opened only to be replayed.
 * Rows go after {@code refugio.idempotency.retention}.
 */
@ApplicationScoped
public class IdempotencyStore {

    /** The first response to a key, as it is replayed. */
    public record StoredResponse(int status, String contentType, String location, byte[] body) {
    }

    /** What to do with a request that carries a key. */
    public sealed interface Claim permits Claimed, Replay, Reused, InProgress {
    }

    /** The key is new (or expired): run the request. */
    public record Claimed() implements Claim {
    }

    /** Same request, already answered: replay the answer. */
    public record Replay(StoredResponse response) implements Claim {
    }

    /** The key was used for another request. */
    public record Reused() implements Claim {
    }

    /** The same request is still running. */
    public record InProgress() implements Claim {
    }

    private final AgroalDataSource dataSource;
    private final Instance<FieldCipher> cipher;
    private final Duration retention;
    private final Duration inProgressTimeout;

    public IdempotencyStore(AgroalDataSource dataSource, Instance<FieldCipher> cipher,
                            @ConfigProperty(name = "refugio.idempotency.retention", defaultValue = "PT24H")
                            Duration retention,
                            @ConfigProperty(name = "refugio.idempotency.in-progress-timeout", defaultValue = "PT2M")
                            Duration inProgressTimeout) {
        this.dataSource = dataSource;
        this.cipher = cipher;
        this.retention = retention;
        this.inProgressTimeout = inProgressTimeout;
    }

    public Claim claim(String caller, String key, String requestHash) {
        for (int attempt = 0; attempt < 3; attempt++) {
            Claim claim = QuarkusTransaction.requiringNew().call(() -> tryClaim(caller, key, requestHash));
            if (claim != null) {
                return claim;
            }
        }
        return new InProgress();
    }

    private Claim tryClaim(String caller, String key, String requestHash) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            // an expired record, or one whose request died without an answer, frees its key
            try (PreparedStatement s = c.prepareStatement("delete from idempotency_record where caller = ? and"
                    + " idempotency_key = ? and (expires_at < now() or (state = 'in-progress' and created_at < now()"
                    + " - make_interval(secs => ?)))")) {
                s.setString(1, caller);
                s.setString(2, key);
                s.setLong(3, inProgressTimeout.toSeconds());
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("insert into idempotency_record (caller, idempotency_key,"
                    + " request_hash, state, expires_at) values (?, ?, ?, 'in-progress', now() + make_interval(secs"
                    + " => ?)) on conflict do nothing")) {
                s.setString(1, caller);
                s.setString(2, key);
                s.setString(3, requestHash);
                s.setLong(4, retention.toSeconds());
                if (s.executeUpdate() == 1) {
                    return new Claimed();
                }
            }
            try (PreparedStatement s = c.prepareStatement("select request_hash, state, status, content_type, location,"
                    + " body from idempotency_record where caller = ? and idempotency_key = ?")) {
                s.setString(1, caller);
                s.setString(2, key);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        return null; // released meanwhile: try again
                    }
                    if (!r.getString(1).equals(requestHash)) {
                        return new Reused();
                    }
                    if ("in-progress".equals(r.getString(2))) {
                        return new InProgress();
                    }
                    return new Replay(new StoredResponse(r.getInt(3), r.getString(4), r.getString(5),
                            cipher.get().open(r.getBytes(6), place(caller, key))));
                }
            }
        }
    }

    public void complete(String caller, String key, StoredResponse response) {
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                    "update idempotency_record set state = 'completed', status = ?, content_type = ?, location = ?,"
                            + " body = ?, completed_at = now() where caller = ? and idempotency_key = ?"
                            + " and state = 'in-progress'")) {
                s.setInt(1, response.status());
                s.setString(2, response.contentType());
                s.setString(3, response.location());
                s.setBytes(4, cipher.get().seal(response.body(), place(caller, key)));
                s.setString(5, caller);
                s.setString(6, key);
                s.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("Could not store the idempotent response", e);
            }
        });
    }

    /** Where a stored response body is bound: its table and column, and the caller and key of its row. */
    static Binding place(String caller, String key) {
        return new Binding("idempotency_record", "body", caller.length() + ":" + caller + "/" + key);
    }

    /** Frees the key (the request failed in a way worth retrying). */
    public void release(String caller, String key) {
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                    "delete from idempotency_record where caller = ? and idempotency_key = ? and state = 'in-progress'")) {
                s.setString(1, caller);
                s.setString(2, key);
                s.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("Could not release the idempotency key", e);
            }
        });
    }

    /** Removes expired records; returns how many. */
    public int purgeExpired() {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                    "delete from idempotency_record where expires_at < now()")) {
                return s.executeUpdate();
            }
        });
    }
}
