package pa.gob.refugio.documents.document;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class EndedMemberRepository implements PanacheRepositoryBase<EndedMember, UUID> {

    public boolean inProcedure(UUID memberId) {
        return findByIdOptional(memberId).isEmpty();
    }

    /** The members of a rejection, as StatusRejected named them; empty when this service never heard of it. */
    @SuppressWarnings("unchecked")
    List<UUID> rejectedBy(UUID decisionId) {
        return getEntityManager().createNativeQuery(
                        "select member_id from rejected_member where decision_id = ?1 order by member_id")
                .setParameter(1, decisionId).getResultList();
    }

    void recordRejection(UUID decisionId, UUID caseId, List<UUID> memberIds) {
        for (UUID memberId : memberIds) {
            getEntityManager().createNativeQuery("insert into rejected_member (decision_id, member_id, case_id) "
                            + "values (?1, ?2, ?3) on conflict do nothing")
                    .setParameter(1, decisionId).setParameter(2, memberId).setParameter(3, caseId).executeUpdate();
        }
    }
}
