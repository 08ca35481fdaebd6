package pa.gob.refugio.documents.amendment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pa.gob.refugio.security.Roles;

@Path("/api/v1/worklists/reissues")
@Tag(name = "Worklists")
@Produces(MediaType.APPLICATION_JSON)
public class ReissueResource {

    private final Reissues reissues;

    public ReissueResource(Reissues reissues) {
        this.reissues = reissues;
    }

    @GET
    @RolesAllowed(Roles.SNM)
    @Operation(summary = "Cards to print again because ONPAR corrected their holder's identity data (document number, "
            + "member, fields changed; oldest first; page from 0, size default 20, at most 100). No revocation: the "
            + "document keeps its number and validity")
    public Reissues.Page pending(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        int p = page == null || page < 0 ? 0 : page;
        int s = size == null || size < 1 ? 20 : Math.min(size, 100);
        return reissues.pending(p, s);
    }

    @POST
    @Path("/{reissueId}/printed")
    @RolesAllowed(Roles.SNM)
    @Operation(summary = "SNM printed the new card of a reissue listed (409 when already recorded)")
    public Reissues.ReissueView printed(@PathParam("reissueId") UUID reissueId, SecurityContext security) {
        return reissues.printed(reissueId, security.getUserPrincipal().getName());
    }
}
