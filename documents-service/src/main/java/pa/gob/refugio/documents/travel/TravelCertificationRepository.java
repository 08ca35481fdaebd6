package pa.gob.refugio.documents.travel;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class TravelCertificationRepository implements PanacheRepositoryBase<TravelCertification, UUID> {
}
