package pa.gob.refugio.documents.workpermit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class WorkPermitRepository implements PanacheRepositoryBase<WorkPermit, UUID> {

    List<WorkPermit> ofDocument(String documentNumber) {
        return list("documentNumber = ?1 order by recordedAt", documentNumber);
    }

    List<WorkPermit> inForceOfDocument(String documentNumber) {
        return list("documentNumber = ?1 and status = ?2", documentNumber, WorkPermit.Status.IN_FORCE);
    }

    boolean numberTaken(String permitNumber) {
        return count("permitNumber", permitNumber) > 0;
    }
}
