package pa.gob.refugio.documents.document;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class ClosedCaseRepository implements PanacheRepositoryBase<ClosedCase, UUID> {

    public boolean isOpen(UUID caseId) {
        return findByIdOptional(caseId).isEmpty();
    }
}
