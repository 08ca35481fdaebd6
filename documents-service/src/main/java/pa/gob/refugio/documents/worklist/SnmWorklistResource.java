package pa.gob.refugio.documents.worklist;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pa.gob.refugio.documents.document.DocumentView;
import pa.gob.refugio.documents.worklist.SnmWorklists.Page;
import pa.gob.refugio.documents.worklist.SnmWorklists.PendingRenewal;
import pa.gob.refugio.security.Roles;

/** SNM's queues: documents expiring, renewals to decide. */
@Path("/api/v1/worklists")
@Tag(name = "Worklists")
@Produces(MediaType.APPLICATION_JSON)
public class SnmWorklistResource {

    private final SnmWorklists worklists;

    public SnmWorklistResource(SnmWorklists worklists) {
        this.worklists = worklists;
    }

    @GET
    @Path("/expiring")
    @RolesAllowed(Roles.SNM)
    @Operation(summary = "Valid documents, not yet up for renewal, whose last day falls within the period (ISO-8601, "
            + "default P30D, at most P366D), the soonest first; paged (page from 0, size default 50, at most 500)")
    public Page<DocumentView> expiring(@QueryParam("within") String within, @QueryParam("page") Integer page,
                                       @QueryParam("size") Integer size) {
        return worklists.expiring(within, page, size);
    }

    @GET
    @Path("/renewals")
    @RolesAllowed(Roles.SNM)
    @Operation(summary = "Renewals requested and not yet decided, the oldest request first; paged (page from 0, "
            + "size default 50, at most 500)")
    public Page<PendingRenewal> renewals(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return worklists.renewals(page, size);
    }
}
