package pa.gob.refugio.interview.capacity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pa.gob.refugio.kit.openapi.ProblemResponses;
import pa.gob.refugio.interview.interviews.WaitingList;
import pa.gob.refugio.security.Roles;

/**
 * Interview capacity per site and weekday, as operators and ONPAR maintain it. Changing it books the site's
 * waiting list at once, in priority order. Every call is audited by the kit (audit trail).
 */
@Path("/api/v1/sites")
@Tag(name = "Interview capacity")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SiteCapacityResource {

    private final Capacities capacities;
    private final WaitingList waitingList;

    public SiteCapacityResource(Capacities capacities, WaitingList waitingList) {
        this.capacities = capacities;
        this.waitingList = waitingList;
    }

    @GET
    @RolesAllowed({Roles.OPERATIONS, Roles.ONPAR_ELIGIBILITY, Roles.ONPAR_REGISTRATION})
    @Operation(summary = "Every site's interview capacity per weekday")
    public List<SiteCapacityView> list() {
        return capacities.list();
    }

    @GET
    @Path("/{code}/capacity")
    @RolesAllowed({Roles.OPERATIONS, Roles.ONPAR_ELIGIBILITY, Roles.ONPAR_REGISTRATION})
    @Operation(summary = "A site's interview capacity per weekday and the slots held for children alone")
    public SiteCapacityView get(@PathParam("code") String code) {
        return capacities.view(code);
    }

    @PUT
    @Path("/{code}/capacity")
    @RolesAllowed({Roles.OPERATIONS, Roles.ONPAR_ELIGIBILITY})
    @Operation(summary = "Set a site's interview capacity per weekday; books its waiting list at once")
    @ProblemResponses(422)
    public SiteCapacityView put(
            @PathParam("code") @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}",
                    message = "must be an upper-case code like BALBOA") String code,
            @NotNull @Valid SiteCapacityRequest request, SecurityContext security) {
        SiteCapacityView saved = capacities.save(code, request, security.getUserPrincipal().getName());
        int booked = waitingList.bookAllAt(saved.name());
        return saved.afterBooking(booked, waitingList.waitingAt(saved.name()));
    }
}
