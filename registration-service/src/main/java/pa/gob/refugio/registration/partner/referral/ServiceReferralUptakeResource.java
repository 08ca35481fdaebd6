package pa.gob.refugio.registration.partner.referral;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pa.gob.refugio.security.Roles;

@Path("/api/v1/service-referrals")
@Tag(name = "Service referrals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ServiceReferralUptakeResource {

    private final ServiceReferrals referrals;

    public ServiceReferralUptakeResource(ServiceReferrals referrals) {
        this.referrals = referrals;
    }

    @POST
    @Path("/{id}/uptake")
    @RolesAllowed({Roles.ONPAR_REGISTRATION, Roles.ONPAR_ELIGIBILITY})
    @Operation(summary = "Record whether the person took the referral up (once: 409 the second time)")
    public ServiceReferrals.View uptake(@PathParam("id") UUID id, @NotNull @Valid ServiceReferrals.Uptake uptake,
                                        SecurityContext security) {
        return referrals.recordUptake(id, uptake, security.getUserPrincipal().getName());
    }
}
