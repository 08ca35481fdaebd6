package pa.gob.refugio.documents.holder;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pa.gob.refugio.kit.openapi.ProblemResponses;
import pa.gob.refugio.security.Roles;

@Path("/api/v1/documents/{documentNumber}/holder")
@Tag(name = "Documents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HolderResource {

    private final HolderService holders;

    public HolderResource(HolderService holders) {
        this.holders = holders;
    }

    @PUT
    @RolesAllowed(Roles.SNM)
    @ProblemResponses(422)
    @Operation(summary = "Record (or correct) the particulars SNM prints on the holder's documents: names, date of"
            + " birth, nationality, sex and photograph (JPEG or PNG, base64); they belong to the member and are"
            + " encrypted at rest; 422 for a photograph that is too large, unreadable or not of the type stated")
    public HolderView record(@PathParam("documentNumber") String documentNumber,
                             @Valid @NotNull HolderRequest request, SecurityContext security) {
        return holders.record(documentNumber, request, security.getUserPrincipal().getName());
    }
}
