package pa.gob.refugio.interview.interviews;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pa.gob.refugio.security.Roles;

@Path("/api/v1/waiting-list")
@Tag(name = "Waiting list")
@Produces(MediaType.APPLICATION_JSON)
public class WaitingListResource {

    private final WaitingList waitingList;

    public WaitingListResource(WaitingList waitingList) {
        this.waitingList = waitingList;
    }

    @GET
    @RolesAllowed({Roles.ONPAR_REGISTRATION, Roles.ONPAR_ELIGIBILITY, Roles.OPERATIONS})
    @Operation(summary = "The cases waiting for interview slots at a site (code or name), in booking order")
    public WaitingListView list(@QueryParam("site") @NotBlank @Size(max = 60) String site,
                                @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return waitingList.list(site, page, size);
    }
}
