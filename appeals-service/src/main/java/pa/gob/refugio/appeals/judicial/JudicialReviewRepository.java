package pa.gob.refugio.appeals.judicial;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class JudicialReviewRepository implements PanacheRepositoryBase<JudicialReview, UUID> {

    public List<JudicialReview> ofCase(UUID caseId) {
        return list("caseId = ?1 order by filedOn", caseId);
    }
}
