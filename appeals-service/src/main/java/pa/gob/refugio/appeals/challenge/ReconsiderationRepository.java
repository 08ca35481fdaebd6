package pa.gob.refugio.appeals.challenge;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ReconsiderationRepository implements PanacheRepositoryBase<Reconsideration, UUID> {

    List<Reconsideration> ofCase(UUID caseId) {
        return list("caseId = ?1 order by filedOn", caseId);
    }
}
