package pa.gob.refugio.appeals.challenge;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AppealRepository implements PanacheRepositoryBase<Appeal, UUID> {

    public List<Appeal> ofCase(UUID caseId) {
        return list("caseId = ?1 order by filedOn", caseId);
    }
}
