package pa.gob.refugio.decision.worklist;

import static pa.gob.refugio.kit.sql.NativeValues.instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The queues of decision-service, read from its own case aggregate (no call to another service): ONPAR's cases ready
 * for an admissibility decision and CONARE's admitted members without an eligibility outcome. Children alone
 * (unaccompanied or separated) come first, then (admissibility) people with specific needs, then the oldest.
 * Each page is read in one transaction, count and items together.
 */
@ApplicationScoped
public class DecisionWorklists {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    private final EntityManager em;

    public DecisionWorklists(EntityManager em) {
        this.em = em;
    }

    /** Cases whose adults were all interviewed (status READY_FOR_ADMISSIBILITY). */
    @Transactional
    public Page<ReadyCase> readyForAdmissibility(Integer page, Integer size) {
        Paging paging = Paging.of(page, size);
        long total = ((Number) em.createNativeQuery(
                "select count(*) from decision_case where status = 'READY_FOR_ADMISSIBILITY' and registered")
                .getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select c.id, c.case_number, c.status_since, c.opened_at,
                               count(m.id), bool_or(m.unaccompanied_child), bool_or(m.specific_needs)
                        from decision_case c join case_member m on m.case_id = c.id
                        where c.status = 'READY_FOR_ADMISSIBILITY' and c.registered
                        group by c.id, c.case_number, c.status_since, c.opened_at
                        order by bool_or(m.unaccompanied_child) desc, bool_or(m.specific_needs) desc,
                                 c.status_since, c.case_number""")
                .setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
        return new Page<>(paging.page(), paging.size(), total, rows.stream().map(r -> new ReadyCase(
                (UUID) r[0], (String) r[1], instant(r[2]), instant(r[3]), ((Number) r[4]).intValue(),
                (Boolean) r[5], (Boolean) r[6])).toList());
    }

    /** Members of admitted cases still waiting for CONARE's eligibility outcome (outcome PENDING). */
    @Transactional
    public Page<UndecidedMember> admittedAndUndecided(Integer page, Integer size) {
        Paging paging = Paging.of(page, size);
        String from = """
                 from case_member m join decision_case c on c.id = m.case_id
                 where c.status = 'ADMITTED' and m.outcome = 'PENDING'""";
        long total = ((Number) em.createNativeQuery("select count(*)" + from).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select c.id, c.case_number, m.id as member_id, m.family_role, m.adult, m.unaccompanied_child,
                               m.specific_needs,
                               (select max(d.decided_on) from decision d where d.case_id = c.id
                                  and d.kind = 'ADMISSIBILITY' and d.outcome = 'ADMITTED') as admitted_on,
                               c.status_since
                        """ + from + """
                         order by m.unaccompanied_child desc, admitted_on, c.status_since, c.case_number, m.position""")
                .setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
        return new Page<>(paging.page(), paging.size(), total, rows.stream().map(r -> new UndecidedMember(
                (UUID) r[0], (String) r[1], (UUID) r[2], (String) r[3], (Boolean) r[4], (Boolean) r[5],
                (Boolean) r[6], r[7] == null ? null : java.time.LocalDate.parse(r[7].toString()), instant(r[8])))
                .toList());
    }

    /** A case ready for admissibility: since when, how many members, whether a child alone or specific needs. */
    public record ReadyCase(UUID caseId, String caseNumber, Instant readySince, Instant openedAt, int members,
                            boolean childAlone, boolean specificNeeds) {
    }

    /** A member waiting for eligibility: admitted on (the admission's date), since when the case is admitted. */
    public record UndecidedMember(UUID caseId, String caseNumber, UUID memberId, String role, boolean adult,
                                  boolean unaccompaniedOrSeparatedChild, boolean specificNeeds,
                                  java.time.LocalDate admittedOn, Instant admittedSince) {
    }

    public record Page<T>(int page, int size, long total, List<T> items) {
    }

    private record Paging(int page, int size) {
        static Paging of(Integer page, Integer size) {
            return new Paging(page == null || page < 0 ? 0 : page,
                    size == null || size < 1 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE));
        }

        int offset() {
            return page * size;
        }
    }
}
