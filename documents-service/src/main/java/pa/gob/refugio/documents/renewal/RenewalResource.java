package pa.gob.refugio.documents.renewal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pa.gob.refugio.kit.trace.RequestTrace;
import pa.gob.refugio.security.Roles;

/** Deciding renewals (requested at {@code POST /api/v1/documents/{documentNumber}/renewals}). */
@Path("/api/v1/renewals")
@Tag(name = "Renewals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RenewalResource {

    private final RenewalService renewals;
    private final RequestTrace trace;

    public RenewalResource(RenewalService renewals, RequestTrace trace) {
        this.renewals = renewals;
        this.trace = trace;
    }

    @GET
    @Path("/{renewalId}")
    @RolesAllowed(Roles.SNM)
    @Operation(summary = "Read a renewal")
    public RenewalView get(@PathParam("renewalId") UUID renewalId) {
        return renewals.find(renewalId);
    }

    @POST
    @Path("/{renewalId}/decision")
    @RolesAllowed(Roles.SNM)
    @Operation(summary = "Approve (new validity) or refuse a pending renewal")
    public RenewalView decide(@PathParam("renewalId") UUID renewalId, @NotNull @Valid RenewalDecisionRequest request,
                              SecurityContext security) {
        return renewals.decide(renewalId, request, security.getUserPrincipal().getName(), trace.trace());
    }
}
