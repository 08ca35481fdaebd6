package pa.gob.refugio.decision.cases;

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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pa.gob.refugio.kit.trace.RequestTrace;
import pa.gob.refugio.security.Roles;

@Path("/api/v1/decisions")
@Tag(name = "Decisions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DecisionResource {

    private final DecisionService decisions;
    private final BackDatedEntries backDated;
    private final RequestTrace trace;

    public DecisionResource(DecisionService decisions, BackDatedEntries backDated, RequestTrace trace) {
        this.decisions = decisions;
        this.backDated = backDated;
        this.trace = trace;
    }

    @POST
    @Path("/{decisionId}/notification")
    @RolesAllowed({Roles.ONPAR_ELIGIBILITY, Roles.ONPAR_REGISTRATION})
    @Operation(summary = "Record the notification of a resolution; the challenge windows run from its date (dated "
            + "more than the allowed business days back: 202, held for a second officer)")
    @APIResponse(responseCode = "200", description = "Notified",
            content = @Content(schema = @Schema(implementation = NotificationRecorded.class)))
    @APIResponse(responseCode = "202", description = "Back-dated: held for a second officer, no effect yet",
            content = @Content(schema = @Schema(implementation = BackDatedEntryView.class)))
    public Response notification(@PathParam("decisionId") UUID decisionId,
                                 @NotNull @Valid NotificationRequest request, SecurityContext security,
                                 UriInfo uri) {
        if (backDated.needsSecondOfficer(request.notifiedOn())) {
            return BackDatedEntryResource.held(backDated.holdNotification(decisionId, request,
                    security.getUserPrincipal().getName(), trace.trace()), uri);
        }
        return Response.ok(decisions.notify(decisionId, request, security.getUserPrincipal().getName(),
                trace.trace())).build();
    }

    @GET
    @Path("/{decisionId}")
    @RolesAllowed({Roles.ONPAR_ELIGIBILITY, Roles.ONPAR_REGISTRATION, Roles.CONARE, Roles.MINISTER})
    @Operation(summary = "One decision, with its reasons and notification")
    public DecisionView get(@PathParam("decisionId") UUID decisionId) {
        return decisions.findDecision(decisionId);
    }
}
