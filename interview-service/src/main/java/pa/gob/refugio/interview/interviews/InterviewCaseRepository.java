package pa.gob.refugio.interview.interviews;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class InterviewCaseRepository implements PanacheRepositoryBase<InterviewCase, UUID> {

    /** The case, locked for update until the transaction ends (one change to a case at a time). */
    Optional<InterviewCase> lock(UUID caseId) {
        return findByIdOptional(caseId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The case an interview belongs to. */
    Optional<UUID> caseOf(UUID interviewId) {
        return getEntityManager().createQuery("select i.interviewCase.id from Interview i where i.id = ?1", UUID.class)
                .setParameter(1, interviewId).getResultStream().findFirst();
    }

    /**
     * Serialises slot booking at one site until the transaction ends (PostgreSQL advisory lock), so two
     * registrations never take the same slot or exceed the daily capacity.
     */
    void lockSite(String site) {
        getEntityManager().createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtext(?1))) l")
                .setParameter(1, "interview-site:" + site).getSingleResult();
    }

    /** The starts of every interview at the site (not cancelled) from {@code from} on, before {@code until}. */
    List<LocalDateTime> bookedSlots(String site, LocalDateTime from, LocalDateTime until) {
        return getEntityManager().createQuery("select i.scheduledAt from Interview i where i.site = ?1 "
                        + "and i.status <> ?2 and i.scheduledAt >= ?3 and i.scheduledAt < ?4", LocalDateTime.class)
                .setParameter(1, site).setParameter(2, InterviewStatus.CANCELLED).setParameter(3, from)
                .setParameter(4, until).getResultList();
    }
}
