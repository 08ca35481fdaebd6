package pa.gob.refugio.kit.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransactionException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.events.UnreadableEventException;
import pa.gob.refugio.kit.inbox.ConsumerFailures.Kind;
import pa.gob.refugio.kit.problem.ProblemException;

/** Plain JUnit: how {@link ConsumerFailures} sorts what consumers' handlers throw today. */
class OnlyAnUnreadableRecordIsADeadLetterARuleRefusesAndTheDatabaseIsWaitedForTest {

    @Test
    void anUnreadableRecordIsTheOnlyDeadLetter() {
        assertEquals(Kind.UNREADABLE, ConsumerFailures.classify(new UnreadableEventException("Unknown event type x")));
    }

    @Test
    void rulesRefuse() {
        assertEquals(Kind.REFUSED, ConsumerFailures.classify(ProblemException.illegalTransition("Case", "CLOSED", "x")));
        assertEquals(Kind.REFUSED, ConsumerFailures.classify(ProblemException.notFound("Decision", "d")));
        assertEquals(Kind.REFUSED, ConsumerFailures.classify(ProblemException.ruleViolated("r", "R", "refused")));
        assertEquals(Kind.REFUSED, ConsumerFailures.classify(new IllegalStateException("No free slot")));
        assertEquals(Kind.REFUSED, ConsumerFailures.classify(new IllegalArgumentException("Unknown member")));
        assertEquals(Kind.REFUSED, ConsumerFailures.classify(new NoSuchElementException("No value present")));
        assertEquals(Kind.REFUSED, ConsumerFailures.classify(new QuarkusTransactionException(
                new IllegalStateException("wrapped by the transaction"))));
    }

    @Test
    void theDatabaseAndEverythingElseIsWaitedFor() {
        assertEquals(Kind.TRANSIENT, ConsumerFailures.classify(new org.hibernate.exception.JDBCConnectionException(
                "Unable to acquire JDBC Connection", new SQLException("Connection refused", "08001"))));
        assertEquals(Kind.TRANSIENT, ConsumerFailures.classify(new PersistenceException("lock",
                new SQLException("canceling statement due to lock timeout", "55P03"))));
        assertEquals(Kind.TRANSIENT, ConsumerFailures.classify(new PersistenceException("serialization",
                new SQLException("could not serialize access", "40001"))));
        assertEquals(Kind.TRANSIENT, ConsumerFailures.classify(new OptimisticLockException("changed meanwhile")));
        assertEquals(Kind.TRANSIENT, ConsumerFailures.classify(new SQLException("Sorry, acquisition timeout!")));
        assertEquals(Kind.TRANSIENT, ConsumerFailures.classify(new NullPointerException("a bug waits for its fix")));
        assertEquals(Kind.TRANSIENT, ConsumerFailures.classify(ProblemException.localized(503, "audit-unavailable",
                "audit-unavailable", 5, "id")));
    }

    @Test
    void aRefusalCausedByTheDatabaseIsNotARefusal() {
        assertEquals(Kind.TRANSIENT, ConsumerFailures.classify(new IllegalStateException("could not read",
                new SQLException("An I/O error occurred while sending to the backend", "08006"))));
        assertEquals(Kind.TRANSIENT, ConsumerFailures.classify(new IllegalStateException("commit failed",
                new jakarta.transaction.RollbackException("ARJUNA"))));
    }

    @Test
    void backoffDoublesUpToTheMaximum() {
        IncomingEvents incoming = new IncomingEvents(null, null, java.time.Duration.ofMillis(500),
                java.time.Duration.ofSeconds(30));
        assertEquals(500, incoming.delayMillis(1));
        assertEquals(1000, incoming.delayMillis(2));
        assertEquals(16000, incoming.delayMillis(6));
        assertEquals(30000, incoming.delayMillis(7));
        assertEquals(30000, incoming.delayMillis(1000));
    }
}
