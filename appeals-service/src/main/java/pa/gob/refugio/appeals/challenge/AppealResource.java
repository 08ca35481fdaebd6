package pa.gob.refugio.appeals.challenge;

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
import pa.gob.refugio.appeals.challenge.ChallengeViews.AppealView;
import pa.gob.refugio.kit.trace.RequestTrace;
import pa.gob.refugio.security.Roles;

@Path("/api/v1/appeals/{id}")
@Tag(name = "Appeals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AppealResource {

    private final AppealService appeals;
    private final ChallengeQueries queries;
    private final RequestTrace trace;
    private final BackDatedChallengeEntries backDated;

    public AppealResource(AppealService appeals, ChallengeQueries queries, RequestTrace trace,
                          BackDatedChallengeEntries backDated) {
        this.appeals = appeals;
        this.queries = queries;
        this.trace = trace;
        this.backDated = backDated;
    }

    @POST
    @Path("/decision")
    @RolesAllowed(Roles.MINISTER)
    @Operation(summary = "The Minister of Government grants or denies the appeal (ends the administrative route)")
    @APIResponse(responseCode = "200", description = "Decided",
            content = @Content(schema = @Schema(implementation = AppealView.class)))
    @APIResponse(responseCode = "202", description = "Back-dated: held for a second officer",
            content = @Content(schema = @Schema(implementation = BackDatedChallengeEntryView.class)))
    public Response decide(@PathParam("id") UUID id, @NotNull @Valid Requests.DecideAppeal request,
                           SecurityContext security, UriInfo uri) {
        if (backDated.needsSecondOfficer(request.decidedOn())) {
            return LegalDatesResource.held(backDated.holdAppealDecision(id, request,
                    security.getUserPrincipal().getName(), trace.trace()), uri);
        }
        return Response.ok(appeals.decide(id, request.outcome(), request.reasons(), request.decidedOn(),
                security.getUserPrincipal().getName(), trace.trace())).build();
    }

    @POST
    @Path("/notification")
    @RolesAllowed({Roles.ONPAR_ELIGIBILITY, Roles.ONPAR_REGISTRATION})
    @Operation(summary = "Record the notification of the Minister's decision on the appeal (date, channel): the "
            + "administrative route ends at it; a judicial review may be recorded after it (409: not decided yet, or "
            + "already notified; 422: dated before the decision or in the future)")
    @APIResponse(responseCode = "200", description = "Notified",
            content = @Content(schema = @Schema(implementation = AppealView.class)))
    public AppealView notifyDecision(@PathParam("id") UUID id, @NotNull @Valid Requests.Notification request,
                                     SecurityContext security) {
        return appeals.notifyDecision(id, request.notifiedOn(), request.channel().strip(),
                security.getUserPrincipal().getName(), trace.trace());
    }

    @GET
    @Path("/case-summary")
    @RolesAllowed({Roles.MINISTER, Roles.ONPAR_ELIGIBILITY})
    @Operation(summary = "ONPAR's case summary sent to the Ministry with the appeal")
    public ChallengeViews.CaseSummaryView caseSummary(@PathParam("id") UUID id) {
        return queries.caseSummary(id);
    }
}
