package pa.gob.refugio.decision.casefile;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pa.gob.refugio.security.Roles;

@Path("/api/v1/cases/{caseId}/file")
@Tag(name = "Cases")
@Produces(MediaType.APPLICATION_JSON)
public class CaseFileResource {

    private final CaseFileService files;

    public CaseFileResource(CaseFileService files) {
        this.files = files;
    }

    @GET
    @RolesAllowed({Roles.CONARE, Roles.MINISTER})
    @Operation(summary = "CONARE's case file, per member: the application (identity, specific needs, child alone, "
            + "grounds stated), the interviews with their records and summaries, admissibility and the decisions "
            + "so far with their challenge state. Read from registration-service and interview-service with the "
            + "caller's token (each audits the read too); 503 source-unavailable with Retry-After when one cannot "
            + "be read: never a partial file")
    public CaseFileView file(@PathParam("caseId") UUID caseId, @Context HttpHeaders headers) {
        return files.assemble(caseId, headers.getHeaderString(HttpHeaders.AUTHORIZATION));
    }
}
