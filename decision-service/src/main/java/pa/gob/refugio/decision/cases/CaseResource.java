package pa.gob.refugio.decision.cases;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pa.gob.refugio.kit.trace.RequestTrace;
import pa.gob.refugio.security.Roles;

@Path("/api/v1/cases")
@Tag(name = "Cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseResource {

    private final DecisionService decisions;
    private final BackDatedEntries backDated;
    private final RequestTrace trace;

    public CaseResource(DecisionService decisions, BackDatedEntries backDated, RequestTrace trace) {
        this.decisions = decisions;
        this.backDated = backDated;
        this.trace = trace;
    }

    @POST
    @Path("/{caseId}/admissibility")
    @RolesAllowed("${refugio.decision.admissibility-role}")
    @Operation(summary = "Admit the application to the procedure, or not admit it on a ground with reasons (dated "
            + "more than the allowed business days back: 202, held for a second officer)")
    @APIResponse(responseCode = "201", description = "Decided (Location: the decision)",
            content = @Content(schema = @Schema(implementation = DecisionView.class)))
    @APIResponse(responseCode = "202", description = "Back-dated: held for a second officer, no effect yet",
            content = @Content(schema = @Schema(implementation = BackDatedEntryView.class)))
    public Response admissibility(@PathParam("caseId") UUID caseId, @NotNull @Valid AdmissibilityRequest request,
                                  SecurityContext security, UriInfo uri) {
        if (backDated.needsSecondOfficer(request.decidedOn())) {
            return BackDatedEntryResource.held(backDated.holdAdmissibility(caseId, request,
                    security.getUserPrincipal().getName(), trace.trace()), uri);
        }
        return created(decisions.decideAdmissibility(caseId, request, security.getUserPrincipal().getName(),
                trace.trace()), uri);
    }

    @POST
    @Path("/{caseId}/eligibility")
    @RolesAllowed(Roles.CONARE)
    @Operation(summary = "Recognise (with the legal basis) or reject, for all members or for some of them (dated "
            + "more than the allowed business days back: 202, held for a second officer)")
    @APIResponse(responseCode = "201", description = "Decided (Location: the decision)",
            content = @Content(schema = @Schema(implementation = DecisionView.class)))
    @APIResponse(responseCode = "202", description = "Back-dated: held for a second officer, no effect yet",
            content = @Content(schema = @Schema(implementation = BackDatedEntryView.class)))
    public Response eligibility(@PathParam("caseId") UUID caseId, @NotNull @Valid EligibilityRequest request,
                                SecurityContext security, UriInfo uri) {
        if (backDated.needsSecondOfficer(request.decidedOn())) {
            return BackDatedEntryResource.held(backDated.holdEligibility(caseId, request,
                    security.getUserPrincipal().getName(), trace.trace()), uri);
        }
        return created(decisions.decideEligibility(caseId, request, security.getUserPrincipal().getName(),
                trace.trace()), uri);
    }

    @GET
    @Path("/{caseId}")
    @RolesAllowed({Roles.ONPAR_ELIGIBILITY, Roles.ONPAR_REGISTRATION, Roles.CONARE, Roles.MINISTER})
    @Operation(summary = "A case's status, its members' outcomes and its decisions")
    public CaseView get(@PathParam("caseId") UUID caseId) {
        return decisions.findCase(caseId);
    }

    @GET
    @Path("/{caseId}/decisions")
    @RolesAllowed({Roles.ONPAR_ELIGIBILITY, Roles.ONPAR_REGISTRATION, Roles.CONARE, Roles.MINISTER})
    @Operation(summary = "A case's decisions, with their reasons, in the order they were taken")
    public List<DecisionView> decisions(@PathParam("caseId") UUID caseId) {
        return decisions.decisionsOf(caseId);
    }

    private static Response created(DecisionView decision, UriInfo uri) {
        return Response.created(uri.getBaseUriBuilder().path("api/v1/decisions")
                .path(decision.decisionId().toString()).build()).entity(decision).build();
    }
}
