package pa.gob.refugio.registration.amendment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pa.gob.refugio.kit.trace.RequestTrace;
import pa.gob.refugio.security.Roles;

@Path("/api/v1/applications/{caseId}/members")
@Tag(name = "Applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AddMemberResource {

    private final AmendmentService amendments;
    private final RequestTrace trace;

    public AddMemberResource(AmendmentService amendments, RequestTrace trace) {
        this.amendments = amendments;
        this.trace = trace;
    }

    @POST
    @RolesAllowed(Roles.ONPAR_REGISTRATION)
    @Operation(summary = "Add a member to a registered family (a newborn, family reunification) with registration's "
            + "rules: a child linked to a responsible adult of the family or marked alone (422), never a second "
            + "principal (422), not in an ended case (409 case-ended), not twice (409 member-already-exists, "
            + "possible-duplicate). The member gets an asylum-seeker certificate")
    @APIResponse(responseCode = "201", description = "Added (Location: the application)",
            content = @Content(schema = @Schema(implementation = AmendmentViews.Added.class)))
    public Response add(@PathParam("caseId") UUID caseId, @NotNull @Valid AmendmentRequests.AddMember request,
                        SecurityContext security, UriInfo uri) {
        AmendmentViews.Added added = amendments.add(caseId, request, security.getUserPrincipal().getName(),
                trace.trace());
        return Response.created(uri.getBaseUriBuilder().path("api/v1/applications").path(caseId.toString()).build())
                .entity(added).build();
    }
}
