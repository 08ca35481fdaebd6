package pa.gob.refugio.registration.amendment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pa.gob.refugio.kit.web.Etags;
import pa.gob.refugio.security.Roles;

@Path("/api/v1/applications/{caseId}/members/{memberId}/versions")
@Tag(name = "Applications")
@Produces(MediaType.APPLICATION_JSON)
public class MemberVersionsResource {

    private final AmendmentService amendments;

    public MemberVersionsResource(AmendmentService amendments) {
        this.amendments = amendments;
    }

    @GET
    @RolesAllowed({Roles.ONPAR_REGISTRATION, Roles.ONPAR_ELIGIBILITY, Roles.OVERSIGHT})
    @Operation(summary = "Every version of a member's identity data, oldest first, with the reason and evidence of each "
            + "correction (audited read; ETag: the member's data version, for If-Match on a correction)")
    public Response versions(@PathParam("caseId") UUID caseId, @PathParam("memberId") UUID memberId) {
        AmendmentViews.Versions versions = amendments.versions(caseId, memberId);
        return Response.ok(versions).header(HttpHeaders.ETAG, Etags.of(versions.currentVersion())).build();
    }
}
