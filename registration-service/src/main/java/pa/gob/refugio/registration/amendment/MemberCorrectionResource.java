package pa.gob.refugio.registration.amendment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pa.gob.refugio.kit.openapi.ProblemResponses;
import pa.gob.refugio.kit.trace.RequestTrace;
import pa.gob.refugio.kit.web.Etags;
import pa.gob.refugio.security.Roles;

@Path("/api/v1/applications/{caseId}/members/{memberId}/corrections")
@Tag(name = "Applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MemberCorrectionResource {

    private final AmendmentService amendments;
    private final RequestTrace trace;

    public MemberCorrectionResource(AmendmentService amendments, RequestTrace trace) {
        this.amendments = amendments;
        this.trace = trace;
    }

    @POST
    @RolesAllowed(Roles.ONPAR_REGISTRATION)
    @Operation(summary = "Correct a member's identity data (the fields sent; If-Match: the member's data version from "
            + "GET .../versions). Every version is kept; the search finds the corrected names only; a reason code, the "
            + "officer's reason and the evidence are required (422 evidence-required, nothing-to-correct, "
            + "minor-without-responsible-adult when a corrected date of birth makes an adult a minor)")
    @ProblemResponses({412, 428})
    public Response correct(@PathParam("caseId") UUID caseId, @PathParam("memberId") UUID memberId,
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @NotNull @Valid AmendmentRequests.Correction request, SecurityContext security) {
        AmendmentViews.Corrected corrected = amendments.correct(caseId, memberId, ifMatch, request,
                security.getUserPrincipal().getName(), trace.trace());
        return Response.ok(corrected).header(HttpHeaders.ETAG, Etags.of(corrected.version())).build();
    }
}
