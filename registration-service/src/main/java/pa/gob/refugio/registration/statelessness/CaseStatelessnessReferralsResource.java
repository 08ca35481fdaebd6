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

@Path("/api/v1/applications/{caseId}/statelessness-referrals")
@Tag(name = "Statelessness referrals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseStatelessnessReferralsResource {

    private final StatelessnessReferrals referrals;
    private final RequestTrace trace;

    public CaseStatelessnessReferralsResource(StatelessnessReferrals referrals, RequestTrace trace) {
        this.referrals = referrals;
        this.trace = trace;
    }

    @GET
    @RolesAllowed({Roles.ONPAR_REGISTRATION, Roles.ONPAR_ELIGIBILITY, Roles.CONARE, Roles.MIRE})
    @Operation(summary = "The statelessness referrals of a case's members, with their status")
    public List<StatelessnessReferralView> ofCase(@PathParam("caseId") UUID caseId) {
        return referrals.ofCase(caseId);
    }
}
