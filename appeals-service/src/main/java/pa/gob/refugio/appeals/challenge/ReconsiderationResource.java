package pa.gob.refugio.appeals.challenge;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pa.gob.refugio.appeals.challenge.ChallengeViews.ReconsiderationView;
import pa.gob.refugio.appeals.challenge.ChallengeViews.WindowView;
import pa.gob.refugio.kit.trace.RequestTrace;
import pa.gob.refugio.security.Roles;

@Path("/api/v1/reconsiderations/{id}")
@Tag(name = "Reconsiderations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReconsiderationResource {

    private final ReconsiderationService reconsiderations;
    private final RequestTrace trace;
    private final BackDatedChallengeEntries backDated;

    public ReconsiderationResource(ReconsiderationService reconsiderations, RequestTrace trace,
                                   BackDatedChallengeEntries backDated) {
        this.reconsiderations = reconsiderations;
        this.trace = trace;
        this.backDated = backDated;
    }

    @POST
    @Path("/decision")
    @RolesAllowed(Roles.CONARE)
    @Operation(summary = "CONARE grants the reconsideration or confirms the negative decision")
    @APIResponse(responseCode = "200", description = "Decided",
            content = @Content(schema = @Schema(implementation = ReconsiderationView.class)))
    @APIResponse(responseCode = "202", description = "Back-dated: held for a second member of CONARE",
            content = @Content(schema = @Schema(implementation = BackDatedChallengeEntryView.class)))
    public Response decide(@PathParam("id") UUID id, @NotNull @Valid Requests.DecideReconsideration request,
                           SecurityContext security, UriInfo uri) {
        if (backDated.needsSecondOfficer(request.decidedOn())) {
            return LegalDatesResource.held(backDated.holdReconsiderationDecision(id, request,
                    security.getUserPrincipal().getName(), trace.trace()), uri);
        }
        return Response.ok(reconsiderations.decide(id, request.outcome(), request.reasons(),
                request.decidedOn(), security.getUserPrincipal().getName(), trace.trace())).build();
    }

    @POST
    @Path("/notification")
    @RolesAllowed(Roles.ONPAR_ELIGIBILITY)
    @Operation(summary = "Record the notification of CONARE's confirmation: the appeal window opens")
    @APIResponse(responseCode = "201", description = "Notified: the appeal window it opened",
            content = @Content(schema = @Schema(implementation = WindowView.class)))
    @APIResponse(responseCode = "202", description = "Back-dated: held for a second officer, no effect yet",
            content = @Content(schema = @Schema(implementation = BackDatedChallengeEntryView.class)))
    public Response notifyConfirmation(@PathParam("id") UUID id, @NotNull @Valid Requests.Notification request,
                                       SecurityContext security, UriInfo uri) {
        if (backDated.needsSecondOfficer(request.notifiedOn())) {
            return LegalDatesResource.held(backDated.holdConfirmationNotification(id, request,
                    security.getUserPrincipal().getName(), trace.trace()), uri);
        }
        WindowView window = reconsiderations.notifyConfirmation(id, request.notifiedOn(), request.channel().strip(),
                trace.trace());
        return Response.status(201).entity(window).build();
    }
}
