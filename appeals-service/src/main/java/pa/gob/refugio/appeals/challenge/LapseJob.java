package pa.gob.refugio.appeals.challenge;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import pa.gob.refugio.appeals.rules.WindowKind;
import pa.gob.refugio.appeals.timeline.CaseEvents;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.Trace;
import pa.gob.refugio.events.appeals.ChallengeWindowLapsed;
import pa.gob.refugio.events.appeals.ChallengeWindowLapsedV2;

/**
 * Marks open windows whose last day has passed as LAPSED and publishes {@link ChallengeWindowLapsed} exactly once,
 * even with several instances running: one conditional UPDATE ... WHERE status = 'OPEN' over rows locked with
 * FOR UPDATE SKIP LOCKED returns only the rows this transaction changed, and their events go to the outbox in that
 * same transaction. A window another transaction is filing into (row locked) is skipped until the next run.
 */
@ApplicationScoped
public class LapseJob {

    private static final Logger LOG = Logger.getLogger(LapseJob.class);

    private static final String LAPSE = """
            update challenge_window w set status = 'LAPSED', closed_on = ?1, version = w.version + 1
             where w.status = 'OPEN' and w.id in (
                   select id from challenge_window
                    where status = 'OPEN' and last_day < ?1
                    order by last_day
                    limit ?2
                    for update skip locked)
            returning w.id, w.case_id, w.decision_id, w.kind, w.last_day, w.member_ids""";

    private final EntityManager em;
    private final CaseEvents events;
    private final Clock clock;
    private final int batchSize;

    public LapseJob(EntityManager em, CaseEvents events, Clock clock,
                    @ConfigProperty(name = "refugio.appeals.lapse-batch-size", defaultValue = "200") int batchSize) {
        this.em = em;
        this.events = events;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    @Scheduled(identity = "lapse-check", every = "${refugio.appeals.lapse-check-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int lapsed = lapseOverdueWindows();
        if (lapsed > 0) {
            LOG.infof("%d challenge window(s) lapsed", lapsed);
        }
    }

    /** Lapses every window whose last day is before today (the Clock's); returns how many this call lapsed. */
    public int lapseOverdueWindows() {
        return lapseOverdueWindows(LocalDate.now(clock));
    }

    public int lapseOverdueWindows(LocalDate today) {
        int total = 0;
        while (true) {
            int lapsed = QuarkusTransaction.requiringNew().call(() -> lapseBatch(today));
            total += lapsed;
            if (lapsed < batchSize) {
                return total;
            }
        }
    }

    private int lapseBatch(LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(LAPSE)
                .setParameter(1, today)
                .setParameter(2, batchSize)
                .getResultList();
        for (Object[] row : rows) {
            UUID caseId = (UUID) row[1];
            UUID decisionId = (UUID) row[2];
            WindowKind kind = WindowKind.valueOf((String) row[3]);
            LocalDate lastDay = row[4] instanceof Date d ? d.toLocalDate() : (LocalDate) row[4];
            List<UUID> memberIds = row[5] == null || ((String) row[5]).isBlank() ? List.of()
                    : java.util.Arrays.stream(((String) row[5]).split(",")).map(UUID::fromString).toList();
            events.publish(memberIds.isEmpty()
                            ? new ChallengeWindowLapsed(
                            EventMetadata.create(ChallengeWindowLapsed.class, caseId, Trace.start(), Instant.now(clock)),
                            decisionId, kind.asEventWindow(), lastDay)
                            : new ChallengeWindowLapsedV2(
                            EventMetadata.create(ChallengeWindowLapsedV2.class, caseId, Trace.start(),
                                    Instant.now(clock)),
                            decisionId, memberIds, kind.asEventWindow(), lastDay),
                    decisionId, today, "The " + kind.label() + " window closed unused on " + lastDay
                            + ": the rejection is final");
        }
        return rows.size();
    }
}
