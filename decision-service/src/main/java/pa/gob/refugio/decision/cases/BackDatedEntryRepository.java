package pa.gob.refugio.decision.cases;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class BackDatedEntryRepository implements PanacheRepositoryBase<BackDatedEntry, UUID> {

    List<BackDatedEntry> ofCase(UUID caseId) {
        return list("caseId = ?1 order by requestedAt", caseId);
    }
}
