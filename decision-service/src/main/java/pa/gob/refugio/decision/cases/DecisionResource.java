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
import jakarta.ws.rs.core.SecurityContext;
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
    private final RequestTrace trace;

    public DecisionResource(DecisionService decisions, RequestTrace trace) {
        this.decisions = decisions;
        this.trace = trace;
    }

    @POST
    @Path("/{decisionId}/notification")
    @RolesAllowed({Roles.ONPAR_ELIGIBILITY, Roles.ONPAR_REGISTRATION})
    @Operation(summary = "Record the notification of a resolution; the challenge windows run from its date")
    public NotificationRecorded notification(@PathParam("decisionId") UUID decisionId,
                                             @NotNull @Valid NotificationRequest request, SecurityContext security) {
        return decisions.notify(decisionId, request, security.getUserPrincipal().getName(), trace.trace());
    }

    @GET
    @Path("/{decisionId}")
    @RolesAllowed({Roles.ONPAR_ELIGIBILITY, Roles.ONPAR_REGISTRATION, Roles.CONARE, Roles.MINISTER})
    @Operation(summary = "One decision, with its reasons and notification")
    public DecisionView get(@PathParam("decisionId") UUID decisionId) {
        return decisions.findDecision(decisionId);
    }
}
