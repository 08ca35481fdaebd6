package pa.gob.refugio.interview.worklist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import pa.gob.refugio.interview.capacity.Capacities;
import pa.gob.refugio.interview.capacity.InterviewSite;
import pa.gob.refugio.kit.audit.CaseScoped;

/**
 * ONPAR's day sheet: the interviews of one site (code or name) on one day, in time order, with the case number, how
 * many members the case has, whether the interview is child-appropriate, and its status (cancelled ones included,
 * so the sheet shows what changed). Identifiers and facts only: no names, no summaries.
 */
@ApplicationScoped
public class InterviewDay {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    private static final java.time.format.DateTimeFormatter HH_MM =
            java.time.format.DateTimeFormatter.ofPattern("HH:mm");

    private final EntityManager em;
    private final Capacities capacities;

    public InterviewDay(EntityManager em, Capacities capacities) {
        this.em = em;
        this.capacities = capacities;
    }

    @Transactional
    public Sheet at(String codeOrName, LocalDate day, Integer page, Integer size) {
        String site = capacities.find(codeOrName).map(InterviewSite::name).orElse(codeOrName.strip());
        int appliedPage = page == null || page < 0 ? 0 : page;
        int appliedSize = size == null || size < 1 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
        String where = " from interview i join interview_case c on c.id = i.case_id "
                + "where i.site = ?1 and i.scheduled_at >= ?2 and i.scheduled_at < ?3";
        long total = ((Number) em.createNativeQuery("select count(*)" + where)
                .setParameter(1, site).setParameter(2, day.atStartOfDay())
                .setParameter(3, day.plusDays(1).atStartOfDay()).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select i.scheduled_at, i.id, c.id as case_id, c.case_number, "
                        + "i.member_id, (select count(*) from case_member m where m.case_id = c.id), "
                        + "i.child_appropriate, i.status, i.kind, c.priority" + where
                        + " order by i.scheduled_at, c.case_number, i.position")
                .setParameter(1, site).setParameter(2, day.atStartOfDay())
                .setParameter(3, day.plusDays(1).atStartOfDay())
                .setFirstResult(appliedPage * appliedSize).setMaxResults(appliedSize).getResultList();
        List<Item> items = rows.stream().map(r -> new Item(localDateTime(r[0]).toLocalTime().format(HH_MM), (UUID) r[1],
                (UUID) r[2], (String) r[3], (UUID) r[4], ((Number) r[5]).intValue(), (Boolean) r[6], (String) r[7],
                (String) r[8], (String) r[9])).toList();
        return new Sheet(site, day, appliedPage, appliedSize, total, items);
    }

    private static LocalDateTime localDateTime(Object value) {
        if (value instanceof LocalDateTime t) {
            return t;
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime();
        }
        return LocalDateTime.parse(value.toString().replace(' ', 'T'));
    }

    /** One interview of the day; {@code time} local time at the site (Panama), HH:mm. */
    public record Item(String time, UUID interviewId, UUID caseId, String caseNumber, UUID memberId,
                       int caseMembers, boolean childAppropriate, String status, String kind, String priority)
                               implements CaseScoped {
        @Override
        public UUID auditCaseId() {
            return caseId;
        }
    }

    public record Sheet(String site, LocalDate date, int page, int size, long total, List<Item> items) {
    }
}
