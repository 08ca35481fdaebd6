package pa.gob.refugio.registration.site;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Optional;

@ApplicationScoped
public class IntakeSiteRepository implements PanacheRepositoryBase<IntakeSite, String> {

    /** An active site by code or name, ignoring case. */
    public Optional<IntakeSite> findActive(String codeOrName) {
        String wanted = codeOrName.strip().toLowerCase(Locale.ROOT);
        return find("active = true and (lower(code) = ?1 or lower(name) = ?1)", wanted).firstResultOptional();
    }
}
