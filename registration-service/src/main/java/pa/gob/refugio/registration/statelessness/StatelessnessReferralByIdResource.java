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

@Path("/api/v1/statelessness-referrals/{referralId}")
@Tag(name = "Statelessness referrals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StatelessnessReferralByIdResource {

    private final StatelessnessReferrals referrals;
    private final RequestTrace trace;

    public StatelessnessReferralByIdResource(StatelessnessReferrals referrals, RequestTrace trace) {
        this.referrals = referrals;
        this.trace = trace;
    }

    @GET
    @RolesAllowed({Roles.ONPAR_REGISTRATION, Roles.ONPAR_ELIGIBILITY, Roles.CONARE, Roles.MIRE})
    @Operation(summary = "One statelessness referral")
    public StatelessnessReferralView get(@PathParam("referralId") UUID referralId) {
        return referrals.find(referralId);
    }

    @POST
    @Path("/acknowledgement")
    @RolesAllowed({Roles.MIRE, Roles.ONPAR_REGISTRATION, Roles.ONPAR_ELIGIBILITY})
    @Operation(summary = "MIRE acknowledged the referral (recorded by MIRE, or by ONPAR on MIRE's letter); 409 unless "
            + "the referral is REFERRED")
    public StatelessnessReferralView acknowledge(@PathParam("referralId") UUID referralId,
                                                 @NotNull @Valid StatelessnessRequests.Acknowledgement request,
                                                 SecurityContext security) {
        return referrals.acknowledge(referralId, request, security.getUserPrincipal().getName(), trace.trace());
    }

    @POST
    @Path("/decision")
    @RolesAllowed({Roles.MIRE, Roles.ONPAR_REGISTRATION, Roles.ONPAR_ELIGIBILITY})
    @Operation(summary = "MIRE's decision: recognised stateless or not (recorded by MIRE, or by ONPAR on MIRE's "
            + "letter); 409 unless the referral is ACKNOWLEDGED")
    public StatelessnessReferralView decide(@PathParam("referralId") UUID referralId,
                                            @NotNull @Valid StatelessnessRequests.Decision request,
                                            SecurityContext security) {
        return referrals.decide(referralId, request, security.getUserPrincipal().getName(), trace.trace());
    }
}
