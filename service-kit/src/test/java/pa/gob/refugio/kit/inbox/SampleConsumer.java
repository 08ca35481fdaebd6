package pa.gob.refugio.kit.inbox;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import pa.gob.refugio.events.appeals.ChallengeWindowLapsed;
import pa.gob.refugio.kit.problem.ProblemException;

/**
 * A consumer as services write them (thin, beside the use case it calls), whose use case behaves per case as the
 * test says: succeeds, refuses by a rule, or meets an unreachable database a few times first.
 */
@ApplicationScoped
public class SampleConsumer {

    public enum Behaviour { SUCCEED, REFUSE_BY_PROBLEM, REFUSE_BY_STATE, DATABASE_DOWN_TWICE }

    public static final String CONSUMER = "kit-test";
    public static final Map<UUID, Behaviour> BEHAVIOUR = new ConcurrentHashMap<>();
    public static final Map<UUID, AtomicInteger> ATTEMPTS = new ConcurrentHashMap<>();
    /** The trace id current while the use case ran, per event id (kit trace tests). */
    public static final Map<UUID, String> TRACE_IDS = new ConcurrentHashMap<>();
    /** The trace id its log lines carried (logging MDC) while the use case ran, per event id (kit trace tests). */
    public static final Map<UUID, String> LOGGED_TRACE_IDS = new ConcurrentHashMap<>();

    private final IncomingEvents incoming;
    private final EventHandlers handlers;

    public SampleConsumer(IncomingEvents incoming, SampleLapseService service) {
        this.incoming = incoming;
        this.handlers = EventHandlers.builder().on(ChallengeWindowLapsed.class, service::lapse).build();
    }

    @Incoming("kit-test-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        incoming.process(CONSUMER, record, handlers);
    }

    @ApplicationScoped
    public static class SampleLapseService {

        private final EntityManager em;

        public SampleLapseService(EntityManager em) {
            this.em = em;
        }

        @Transactional
        public void lapse(ChallengeWindowLapsed event) {
            int attempt = ATTEMPTS.computeIfAbsent(event.eventId(), k -> new AtomicInteger()).incrementAndGet();
            TRACE_IDS.put(event.eventId(), io.opentelemetry.api.trace.Span.current().getSpanContext().getTraceId());
            Object logged = org.jboss.logging.MDC.get("traceId");
            LOGGED_TRACE_IDS.put(event.eventId(), logged == null ? "" : logged.toString());
            // the effect comes first: a failure afterwards must roll it back
            em.createNativeQuery("insert into sample_case (id, note) values (?1, ?2)")
                    .setParameter(1, UUID.randomUUID()).setParameter(2, event.eventId().toString()).executeUpdate();
            switch (BEHAVIOUR.getOrDefault(event.caseId(), Behaviour.SUCCEED)) {
                case REFUSE_BY_PROBLEM -> throw ProblemException.illegalTransition("Case", "CLOSED", "lapsed");
                case REFUSE_BY_STATE -> throw new IllegalStateException("No free slot at ONPAR Balboa within 732 days");
                case DATABASE_DOWN_TWICE -> {
                    if (attempt <= 2) {
                        throw new org.hibernate.exception.JDBCConnectionException("Unable to acquire JDBC Connection",
                                new SQLException("Connection to 127.0.0.1:5432 refused", "08001"));
                    }
                }
                case SUCCEED -> {
                }
            }
        }
    }
}
