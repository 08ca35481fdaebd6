package pa.gob.refugio.kit.operations;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pa.gob.refugio.kit.outbox.OutboxStore;
import pa.gob.refugio.security.Roles;

/** For operations: how many events wait for Kafka, and since when. No personal data. */
@Path("/api/v1/operations/outbox")
@Tag(name = "Operations")
@Produces(MediaType.APPLICATION_JSON)
public class OutboxResource {

    private final OutboxStore store;

    public OutboxResource(OutboxStore store) {
        this.store = store;
    }

    @GET
    @RolesAllowed(Roles.OPERATIONS)
    @Operation(summary = "Events committed but not yet acknowledged by Kafka")
    public OutboxStore.OutboxBacklog backlog() {
        return store.backlog();
    }
}
