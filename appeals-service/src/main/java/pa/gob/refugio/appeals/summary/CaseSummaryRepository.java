package pa.gob.refugio.appeals.summary;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CaseSummaryRepository implements PanacheRepositoryBase<StoredCaseSummary, UUID> {

    public Optional<StoredCaseSummary> ofAppeal(UUID appealId) {
        return find("appealId", appealId).firstResultOptional();
    }
}
