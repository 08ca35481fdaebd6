package pa.gob.refugio.kit.inbox;

import jakarta.persistence.EntityNotFoundException;
import jakarta.persistence.NoResultException;
import jakarta.persistence.NonUniqueResultException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ValidationException;
import java.io.IOException;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import pa.gob.refugio.events.UnreadableEventException;
import pa.gob.refugio.kit.problem.DatabaseUnavailable;
import pa.gob.refugio.kit.problem.ProblemException;

/**
 * What a consumer does with a failure, decided once for every service:
 * <ul>
 * <li>{@link Kind#UNREADABLE}: the record can never be read (no or unknown type, not the event it claims to be):
 * rethrown, so the channel's dead-letter strategy parks it in {@code <service>.dlq}. Nothing else goes there.</li>
 * <li>{@link Kind#REFUSED}: a rule of this service refused the event ({@link ProblemException} below 500,
 * {@link IllegalStateException}, {@link IllegalArgumentException}, a bean validation failure, a missing entity or
 * an empty {@code Optional.orElseThrow()}):
 * recorded as business state in {@code refused_event}, never retried, never dead-lettered.</li>
 * <li>{@link Kind#TRANSIENT}: everything else, the database (stopped, frozen, lock or statement timeout,
 * serialization failure, optimistic lock) above all: retried with backoff without limit. A refusal-like exception
 * caused by a database failure is transient too.</li>
 * </ul>
 */
public final class ConsumerFailures {

    public enum Kind { UNREADABLE, REFUSED, TRANSIENT }

    public static Kind classify(Throwable failure) {
        if (DatabaseUnavailable.isCause(failure)) {
            return Kind.TRANSIENT;
        }
        Throwable rule = null;
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof UnreadableEventException) {
                return Kind.UNREADABLE;
            }
            if (rule == null && isRefusal(t)) {
                rule = t;
                continue;
            }
            if (isInfrastructure(t)) {
                return Kind.TRANSIENT;
            }
        }
        return rule != null ? Kind.REFUSED : Kind.TRANSIENT;
    }

    private static boolean isRefusal(Throwable t) {
        if (t instanceof ProblemException problem) {
            return problem.status() < 500;
        }
        return t instanceof IllegalStateException || t instanceof IllegalArgumentException
                || t instanceof ValidationException || t instanceof NoResultException
                || t instanceof NonUniqueResultException || t instanceof EntityNotFoundException
                || t instanceof NoSuchElementException;
    }

    /** Failures of the database, the transaction manager or the network, which another attempt may not meet. */
    private static boolean isInfrastructure(Throwable t) {
        return t instanceof SQLException || (t instanceof PersistenceException && !isRefusal(t))
                || t instanceof jakarta.transaction.SystemException || t instanceof jakarta.transaction.RollbackException
                || t instanceof IOException || t instanceof TimeoutException;
    }

    private ConsumerFailures() {
    }
}
