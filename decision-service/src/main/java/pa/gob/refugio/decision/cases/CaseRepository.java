package pa.gob.refugio.decision.cases;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CaseRepository implements PanacheRepositoryBase<DecisionCase, UUID> {

    /** The case a decision belongs to. */
    Optional<DecisionCase> findByDecision(UUID decisionId) {
        return getEntityManager()
                .createQuery("select d.decisionCase.id from Decision d where d.id = :id", UUID.class)
                .setParameter("id", decisionId)
                .getResultStream().findFirst()
                .flatMap(this::findByIdOptional);
    }
}
