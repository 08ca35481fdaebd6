package pa.gob.refugio.documents.renewal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class RenewalRepository implements PanacheRepositoryBase<Renewal, UUID> {
}
