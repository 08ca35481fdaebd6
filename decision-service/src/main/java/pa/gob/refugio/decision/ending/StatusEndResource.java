package pa.gob.refugio.decision.ending;

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
import pa.gob.refugio.decision.cases.DecisionView;
import pa.gob.refugio.kit.trace.RequestTrace;
import pa.gob.refugio.security.Roles;

@Path("/api/v1/cases/{caseId}/status-endings")
@Tag(name = "Status endings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StatusEndResource {

    private final StatusEndings endings;
    private final RequestTrace trace;

    public StatusEndResource(StatusEndings endings, RequestTrace trace) {
        this.endings = endings;
        this.trace = trace;
    }

    @POST
    @RolesAllowed(Roles.CONARE)
    @Operation(summary = "End the refugee status of recognised members (cessation, cancellation or revocation) on a "
            + "configured legal ground; notified with POST /api/v1/decisions/{decisionId}/notification and challenged "
            + "like a rejection; the status and documents hold until it is final (409: a member not recognised or an "
            + "end already pending; 422: an unknown ground, or one of another kind)")
    @APIResponse(responseCode = "201", description = "Decided (Location: the decision)",
            content = @Content(schema = @Schema(implementation = DecisionView.class)))
    public Response end(@PathParam("caseId") UUID caseId, @NotNull @Valid StatusEndRequest request,
                        SecurityContext security, UriInfo uri) {
        DecisionView decision = endings.endStatus(caseId, request, security.getUserPrincipal().getName(),
                trace.trace());
        return Response.created(uri.getBaseUriBuilder().path("api/v1/decisions")
                .path(decision.decisionId().toString()).build()).entity(decision).build();
    }
}
