package pa.gob.refugio.documents.workpermit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class WorkingAgeRepository implements PanacheRepositoryBase<WorkingAge, UUID> {

    /** Whether the member was registered as an adult; null when this service never learnt it. */
    Boolean adult(UUID memberId) {
        return findByIdOptional(memberId).map(WorkingAge::adult).orElse(null);
    }
}
