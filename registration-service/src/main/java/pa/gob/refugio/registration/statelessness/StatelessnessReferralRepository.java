package pa.gob.refugio.registration.statelessness;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import pa.gob.refugio.events.registration.StatelessnessReferralStatusChanged.Status;

@ApplicationScoped
public class StatelessnessReferralRepository implements PanacheRepositoryBase<StatelessnessReferral, UUID> {

    List<StatelessnessReferral> ofCase(UUID caseId) {
        return list("caseId = ?1 order by referredOn, id", caseId);
    }

    boolean openFor(UUID memberId) {
        return count("memberId = ?1 and status <> ?2", memberId, Status.DECIDED) > 0;
    }
}
