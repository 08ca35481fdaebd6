package pa.gob.refugio.kit.operations;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pa.gob.refugio.kit.inbox.RefusedEvents;
import pa.gob.refugio.security.Roles;

/**
 * For operations: events this service's consumers received and one of its rules refused (business state, not dead
 * letters), newest first. Identifiers and the rule's answer only.
 */
@Path("/api/v1/operations/refused-events")
@Tag(name = "Operations")
@Produces(MediaType.APPLICATION_JSON)
public class RefusedEventsResource {

    private final RefusedEvents refused;

    public RefusedEventsResource(RefusedEvents refused) {
        this.refused = refused;
    }

    @GET
    @RolesAllowed(Roles.OPERATIONS)
    @Operation(summary = "Events refused by a rule of this service, newest first (limit at most 200; pass"
            + " nextBefore as before for the next page)")
    public RefusedEvents.Page list(@QueryParam("consumer") String consumer, @QueryParam("caseId") UUID caseId,
                                   @QueryParam("before") Long before,
                                   @QueryParam("limit") @DefaultValue("50") int limit) {
        return refused.list(consumer, caseId, before, limit);
    }
}
