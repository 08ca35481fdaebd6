package pa.gob.refugio.registration.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.kit.problem.Texts;

/**
 * The intake sites operators maintain. Registration books no interview here (issue 8: interview-service is the only
 * booking ledger of an office); {@code slotMinutes} and {@code dailyCapacity} are kept for reference only.
 */
@ApplicationScoped
public class IntakeSites {

    private final IntakeSiteRepository sites;

    public IntakeSites(IntakeSiteRepository sites) {
        this.sites = sites;
    }

    @Transactional
    public List<IntakeSiteView> list() {
        return sites.listAll().stream().sorted(Comparator.comparing(IntakeSite::code))
                .map(IntakeSiteView::of).toList();
    }

    /** Creates or updates each site given; sites not named are left as they are (deactivate with active=false). */
    @Transactional
    public List<IntakeSiteView> save(List<IntakeSiteView> updates) {
        for (IntakeSiteView u : updates) {
            sites.find("lower(name) = ?1 and code <> ?2", u.name().strip().toLowerCase(java.util.Locale.ROOT), u.code())
                    .firstResultOptional().ifPresent(other -> {
                        throw ProblemException.conflict("intake-site-name-taken",
                                Texts.of("Nombre de sede ya usado", "Intake site name taken"),
                                Texts.of("El nombre " + u.name() + " pertenece a la sede " + other.code(),
                                        "The name " + u.name() + " belongs to site " + other.code()));
                    });
            IntakeSite site = sites.findByIdOptional(u.code()).orElseGet(() -> IntakeSite.create(u.code()));
            site.update(u.name(), u.opens(), u.closes(), u.slotMinutes(), u.dailyCapacity(),
                    u.active() == null || u.active());
            if (!sites.isPersistent(site)) {
                sites.persist(site);
            }
        }
        sites.flush();
        return list();
    }

    /** The active site (by code or name); 422 {@code unknown-intake-site} if none. */
    @Transactional(Transactional.TxType.MANDATORY)
    public IntakeSite activeSite(String codeOrName) {
        return sites.findActive(codeOrName).orElseThrow(() -> ProblemException.ruleViolated(
                "unknown-intake-site", Texts.of("Sede de registro desconocida", "Unknown intake site"),
                Texts.of("No hay ninguna sede de registro activa llamada " + codeOrName,
                        "No active intake site named " + codeOrName))
                .with("knownSites", sites.list("active = true").stream().map(IntakeSite::name).sorted().toList()));
    }
}
