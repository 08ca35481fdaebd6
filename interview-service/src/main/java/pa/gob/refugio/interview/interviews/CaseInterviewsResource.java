package pa.gob.refugio.interview.interviews;

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

@Path("/api/v1/cases/{caseId}")
@Tag(name = "Interviews of a case")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseInterviewsResource {

    private final InterviewService interviews;
    private final RequestTrace trace;

    public CaseInterviewsResource(InterviewService interviews, RequestTrace trace) {
        this.interviews = interviews;
        this.trace = trace;
    }

    @GET
    @Path("/interviews")
    @RolesAllowed({Roles.ONPAR_ELIGIBILITY, Roles.ONPAR_REGISTRATION, Roles.CONARE, Roles.MINISTER})
    @Operation(summary = "The interviews of a case (without their records)")
    public List<InterviewView> list(@PathParam("caseId") UUID caseId) {
        return interviews.interviewsOf(caseId);
    }

    @POST
    @Path("/extension-interviews")
    @RolesAllowed(Roles.ONPAR_ELIGIBILITY)
    @Operation(summary = "Call a member to an extension interview, scheduled at the next free slot")
    @APIResponse(responseCode = "201", description = "Scheduled (Location: the interview)",
            content = @Content(schema = @Schema(implementation = InterviewView.class)))
    public Response callExtension(@PathParam("caseId") UUID caseId, @NotNull @Valid ExtensionInterviewRequest request,
                                  SecurityContext security, UriInfo uri) {
        InterviewView view = interviews.callExtension(caseId, request.memberId(), request.reason(),
                security.getUserPrincipal().getName(), trace.trace());
        return Response.created(uri.getBaseUriBuilder().path("/api/v1/interviews/" + view.interviewId()).build())
                .entity(view).build();
    }
}
