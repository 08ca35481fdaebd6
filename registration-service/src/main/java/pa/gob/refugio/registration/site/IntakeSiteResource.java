package pa.gob.refugio.registration.site;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pa.gob.refugio.kit.openapi.ProblemResponses;
import pa.gob.refugio.security.Roles;

@Path("/api/v1/intake-sites")
@Tag(name = "Intake sites")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IntakeSiteResource {

    private final IntakeSites sites;

    public IntakeSiteResource(IntakeSites sites) {
        this.sites = sites;
    }

    @GET
    @RolesAllowed({Roles.OPERATIONS, Roles.ONPAR_REGISTRATION})
    @Operation(summary = "List the intake sites with office hours and daily capacity")
    public List<IntakeSiteView> list() {
        return sites.list();
    }

    @PUT
    @RolesAllowed(Roles.OPERATIONS)
    @Operation(summary = "Create or update intake sites (hours, slot length, daily capacity, active)")
    @ProblemResponses(422)
    public List<IntakeSiteView> save(@NotNull @NotEmpty List<@NotNull @Valid IntakeSiteView> sitesToSave) {
        return sites.save(sitesToSave);
    }
}
