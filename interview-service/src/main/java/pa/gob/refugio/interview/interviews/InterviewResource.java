package pa.gob.refugio.interview.interviews;

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

@Path("/api/v1/interviews/{interviewId}")
@Tag(name = "Interviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InterviewResource {

    private final InterviewService interviews;
    private final RequestTrace trace;

    public InterviewResource(InterviewService interviews, RequestTrace trace) {
        this.interviews = interviews;
        this.trace = trace;
    }

    @GET
    @RolesAllowed({Roles.ONPAR_ELIGIBILITY, Roles.CONARE, Roles.MINISTER})
    @Operation(summary = "Read one interview with its completion record")
    public InterviewView get(@PathParam("interviewId") UUID interviewId) {
        return interviews.find(interviewId);
    }

    @POST
    @Path("/completion")
    @RolesAllowed(Roles.ONPAR_ELIGIBILITY)
    @Operation(summary = "Record a held interview (interviewer, interpreter language, duration, summary)")
    public InterviewView complete(@PathParam("interviewId") UUID interviewId,
                                  @NotNull @Valid CompleteInterviewRequest request, SecurityContext security) {
        return interviews.complete(interviewId, request, security.getUserPrincipal().getName(), trace.trace());
    }

    @POST
    @Path("/no-show")
    @RolesAllowed(Roles.ONPAR_ELIGIBILITY)
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Record that the member did not come (no body); the interview can then be rescheduled")
    public InterviewView noShow(@PathParam("interviewId") UUID interviewId) {
        return interviews.recordNoShow(interviewId, trace.trace());
    }

    @POST
    @Path("/reschedule")
    @RolesAllowed({Roles.ONPAR_ELIGIBILITY, Roles.ONPAR_REGISTRATION})
    @Operation(summary = "Move a scheduled or missed interview to the next free slot")
    public InterviewView reschedule(@PathParam("interviewId") UUID interviewId,
                                    @NotNull @Valid RescheduleRequest request) {
        return interviews.reschedule(interviewId, request.reason(), trace.trace());
    }
}
