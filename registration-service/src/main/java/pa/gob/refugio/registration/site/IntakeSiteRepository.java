package pa.gob.refugio.registration.site;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Locale;
import java.util.Optional;

@ApplicationScoped
public class IntakeSiteRepository implements PanacheRepositoryBase<IntakeSite, String> {

    /** An active site by code or name, ignoring case; locked for the rest of the transaction (slot booking). */
    public Optional<IntakeSite> findActiveForBooking(String codeOrName) {
        String wanted = codeOrName.strip().toLowerCase(Locale.ROOT);
        Optional<String> code = find("active = true and (lower(code) = ?1 or lower(name) = ?1)", wanted)
                .firstResultOptional().map(IntakeSite::code);
        return code.map(c -> getEntityManager().find(IntakeSite.class, c, LockModeType.PESSIMISTIC_WRITE));
    }
}
