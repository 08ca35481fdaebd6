package pa.gob.refugio.kit.inbox;

import static pa.gob.refugio.kit.sql.NativeValues.instant;
import static pa.gob.refugio.kit.sql.NativeValues.uuid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.kit.problem.ProblemException;

/**
 * Events a rule of this service refused ({@code refused_event}): business state for operations to follow up, never a
 * dead letter. Written in the transaction that records the event in the inbox.
 */
@ApplicationScoped
public class RefusedEvents {

    /** Page size cap of {@link #list}. */
    public static final int MAX_PAGE = 200;
    private static final int MAX_DETAIL = 2000;

    private final EntityManager em;

    public RefusedEvents(EntityManager em) {
        this.em = em;
    }

    /** One refusal, as operations see it. */
    public record RefusedEvent(long id, String consumer, UUID eventId, String eventType, UUID caseId,
                               String problemType, Integer status, String detail, String topic, Integer partition,
                               Long offset, Instant refusedAt) {
    }

    /** A page, newest first; {@code nextBefore} fetches the next (older) page, null at the end. */
    public record Page(List<RefusedEvent> refusedEvents, Long nextBefore) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String consumer, DomainEvent event, ConsumerRecord<?, ?> record, Throwable refusal) {
        ProblemException problem = problemIn(refusal);
        String type = problem != null ? problem.typeSlug() : refusal.getClass().getName();
        String detail = problem != null ? problem.getMessage() : refusal.getMessage();
        if (detail != null && detail.length() > MAX_DETAIL) {
            detail = detail.substring(0, MAX_DETAIL);
        }
        em.createNativeQuery("insert into refused_event (consumer, event_id, event_type, case_id, problem_type,"
                        + " status, detail, topic, kafka_partition, kafka_offset)"
                        + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) on conflict do nothing")
                .setParameter(1, consumer)
                .setParameter(2, event.eventId())
                .setParameter(3, event.metadata().type())
                .setParameter(4, event.caseId())
                .setParameter(5, type)
                .setParameter(6, problem != null ? problem.status() : null)
                .setParameter(7, detail)
                .setParameter(8, record == null ? null : record.topic())
                .setParameter(9, record == null ? null : record.partition())
                .setParameter(10, record == null ? null : record.offset())
                .executeUpdate();
    }

    /** Newest first, at most {@link #MAX_PAGE}; optionally only one consumer's or one case's. */
    @Transactional
    public Page list(String consumer, UUID caseId, Long before, int limit) {
        int size = Math.max(1, Math.min(MAX_PAGE, limit));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, consumer, event_id, event_type, case_id, problem_type,"
                        + " status, detail, topic, kafka_partition, kafka_offset, refused_at from refused_event"
                        + " where (cast(?1 as text) is null or consumer = cast(?1 as text))"
                        + " and (cast(?2 as uuid) is null or case_id = cast(?2 as uuid))"
                        + " and (cast(?3 as bigint) is null or id < cast(?3 as bigint))"
                        + " order by id desc limit ?4")
                .setParameter(1, consumer)
                .setParameter(2, caseId == null ? null : caseId.toString())
                .setParameter(3, before)
                .setParameter(4, size + 1)
                .getResultList();
        List<RefusedEvent> page = new ArrayList<>();
        for (Object[] r : rows.subList(0, Math.min(size, rows.size()))) {
            page.add(new RefusedEvent(((Number) r[0]).longValue(), (String) r[1], uuid(r[2]), (String) r[3],
                    uuid(r[4]), (String) r[5], r[6] == null ? null : ((Number) r[6]).intValue(), (String) r[7],
                    (String) r[8], r[9] == null ? null : ((Number) r[9]).intValue(),
                    r[10] == null ? null : ((Number) r[10]).longValue(), instant(r[11])));
        }
        Long next = rows.size() > size ? page.get(page.size() - 1).id() : null;
        return new Page(page, next);
    }

    private static ProblemException problemIn(Throwable refusal) {
        for (Throwable t = refusal; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ProblemException p) {
                return p;
            }
        }
        return null;
    }
}
