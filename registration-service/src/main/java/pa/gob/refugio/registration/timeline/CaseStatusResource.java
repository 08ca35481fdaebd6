package pa.gob.refugio.registration.timeline;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pa.gob.refugio.security.Roles;

@Path("/api/v1/applications/{caseId}/status")
@Tag(name = "Applications")
@Produces(MediaType.APPLICATION_JSON)
public class CaseStatusResource {

    private final Timeline timeline;

    public CaseStatusResource(Timeline timeline) {
        this.timeline = timeline;
    }

    @GET
    @RolesAllowed({Roles.ONPAR_REGISTRATION, Roles.ONPAR_ELIGIBILITY})
    @Operation(summary = "A case's status, what it waits for and since when, and its timeline from every service")
    public Timeline.CaseStatusView status(@PathParam("caseId") UUID caseId) {
        return timeline.status(caseId);
    }
}
