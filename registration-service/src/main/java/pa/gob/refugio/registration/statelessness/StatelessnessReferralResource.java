package pa.gob.refugio.registration.statelessness;

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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pa.gob.refugio.events.registration.StatelessnessReferralMade.ReferringBody;
import pa.gob.refugio.kit.trace.RequestTrace;
import pa.gob.refugio.security.Roles;

@Path("/api/v1/applications/{caseId}/members/{memberId}/statelessness-referrals")
@Tag(name = "Statelessness referrals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StatelessnessReferralResource {

    private final StatelessnessReferrals referrals;
    private final RequestTrace trace;

    public StatelessnessReferralResource(StatelessnessReferrals referrals, RequestTrace trace) {
        this.referrals = referrals;
        this.trace = trace;
    }

    @POST
    @RolesAllowed({Roles.ONPAR_REGISTRATION, Roles.ONPAR_ELIGIBILITY, Roles.CONARE})
    @Operation(summary = "Refer a member to MIRE for the statelessness procedure (Executive Decree 10 of 2019), with "
            + "the reason (encrypted at rest); by ONPAR or by CONARE (409 if the member has a referral still open)")
    @APIResponse(responseCode = "201", description = "Referred",
            content = @Content(schema = @Schema(implementation = StatelessnessReferralView.class)))
    public Response refer(@PathParam("caseId") UUID caseId, @PathParam("memberId") UUID memberId,
                          @NotNull @Valid StatelessnessRequests.Referral request, SecurityContext security) {
        ReferringBody body = security.isUserInRole(Roles.CONARE) ? ReferringBody.CONARE : ReferringBody.ONPAR;
        return Response.status(Response.Status.CREATED).entity(referrals.refer(caseId, memberId, request, body,
                security.getUserPrincipal().getName(), trace.trace())).build();
    }
}
