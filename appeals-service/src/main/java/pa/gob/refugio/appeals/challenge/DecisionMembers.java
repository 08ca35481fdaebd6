package pa.gob.refugio.appeals.challenge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * The members each negative decision concerns, as decision-service named them (StatusRejected, ApplicationNotAdmitted
 * v2, ResolutionNotified v2), so that a window opened from a v1 notification still names its members.
 */
@ApplicationScoped
public class DecisionMembers {

    private final EntityManager em;

    public DecisionMembers(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void remember(UUID decisionId, List<UUID> memberIds) {
        for (UUID memberId : memberIds) {
            em.createNativeQuery("insert into decision_member (decision_id, member_id) values (?1, ?2) "
                            + "on conflict do nothing")
                    .setParameter(1, decisionId).setParameter(2, memberId).executeUpdate();
        }
    }

    @SuppressWarnings("unchecked")
    public List<UUID> of(UUID decisionId) {
        return em.createNativeQuery("select member_id from decision_member where decision_id = ?1 order by member_id")
                .setParameter(1, decisionId).getResultList();
    }
}
