package pa.gob.refugio.decision.ending;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pa.gob.refugio.security.Roles;

@Path("/api/v1/status-end-grounds")
@Tag(name = "Status endings")
@Produces(MediaType.APPLICATION_JSON)
public class StatusEndGroundResource {

    private final StatusEndings endings;

    public StatusEndGroundResource(StatusEndings endings) {
        this.endings = endings;
    }

    @GET
    @RolesAllowed({Roles.CONARE, Roles.ONPAR_ELIGIBILITY, Roles.MINISTER})
    @Operation(summary = "The configured legal grounds of cessation, cancellation and revocation, with their source")
    public List<StatusEndGround> grounds() {
        return endings.grounds();
    }
}
