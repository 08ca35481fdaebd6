package pa.gob.refugio.registration.partner.referral;

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
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pa.gob.refugio.security.Roles;

@Path("/api/v1/applications/{caseId}/service-referrals")
@Tag(name = "Service referrals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ServiceReferralResource {

    private final ServiceReferrals referrals;

    public ServiceReferralResource(ServiceReferrals referrals) {
        this.referrals = referrals;
    }

    @POST
    @RolesAllowed({Roles.ONPAR_REGISTRATION, Roles.ONPAR_ELIGIBILITY})
    @Operation(summary = "Refer a member of the case to a service (health, legal aid, SENNIAF, livelihood, MITRADEL) with consent")
    @APIResponse(responseCode = "201", description = "Referred (Location: the service referral)",
            content = @Content(schema = @Schema(implementation = ServiceReferrals.View.class)))
    public Response refer(@PathParam("caseId") UUID caseId, @NotNull @Valid ServiceReferrals.Request request,
                          SecurityContext security) {
        ServiceReferrals.View view = referrals.refer(caseId, request, security.getUserPrincipal().getName());
        return Response.created(URI.create("/api/v1/service-referrals/" + view.serviceReferralId()))
                .entity(view).build();
    }

    @GET
    @RolesAllowed({Roles.ONPAR_REGISTRATION, Roles.ONPAR_ELIGIBILITY})
    @Operation(summary = "The case's referrals to services and whether they were taken up")
    public List<ServiceReferrals.View> list(@PathParam("caseId") UUID caseId) {
        return referrals.ofCase(caseId);
    }
}
