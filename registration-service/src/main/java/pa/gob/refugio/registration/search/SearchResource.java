package pa.gob.refugio.registration.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pa.gob.refugio.security.Roles;

/** Search for ONPAR and operations; operations (no personal data) get the identifiers without the names. */
@Path("/api/v1/search")
@Tag(name = "Search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    /** The roles that see the names of the members found. */
    static final List<String> SEE_NAMES = List.of(Roles.ONPAR_REGISTRATION, Roles.ONPAR_ELIGIBILITY,
            Roles.ONPAR_SUPERVISOR);

    private final MemberSearch search;

    public SearchResource(MemberSearch search) {
        this.search = search;
    }

    @GET
    @RolesAllowed({Roles.ONPAR_REGISTRATION, Roles.ONPAR_ELIGIBILITY, Roles.ONPAR_SUPERVISOR, Roles.OPERATIONS})
    @Operation(summary = "Find members by case number (exact), name (whole name tokens, accents and case ignored) or "
            + "identity document number, through keyed-hash indexes; paged (page from 0, size default 20, at most "
            + "100), newest registrations first. Names only for ONPAR roles (400 without a criterion)")
    public Results search(@QueryParam("caseNumber") String caseNumber, @QueryParam("name") String name,
                          @QueryParam("documentNumber") String documentNumber, @QueryParam("page") Integer page,
                          @QueryParam("size") Integer size, SecurityContext security) {
        boolean names = SEE_NAMES.stream().anyMatch(security::isUserInRole);
        MemberSearch.Page found = search.search(caseNumber, name, documentNumber, page, size);
        return new Results(found.page(), found.size(), found.total(), found.items().stream()
                .map(h -> new Result(h.caseId(), h.caseNumber(), h.memberId(), h.role(), h.site(), h.registeredAt(),
                        names ? h.givenNames() : null, names ? h.familyNames() : null))
                .toList());
    }

    public record Results(int page, int size, long total, List<Result> items) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Result(UUID caseId, String caseNumber, UUID memberId, String role, String site,
                         Instant registeredAt, String givenNames, String familyNames) {
    }
}
