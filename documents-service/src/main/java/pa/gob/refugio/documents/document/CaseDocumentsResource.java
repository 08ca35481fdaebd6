package pa.gob.refugio.documents.document;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pa.gob.refugio.security.Roles;

@Path("/api/v1/cases")
@Tag(name = "Documents")
@Produces(MediaType.APPLICATION_JSON)
public class CaseDocumentsResource {

    private final DocumentService documents;

    public CaseDocumentsResource(DocumentService documents) {
        this.documents = documents;
    }

    @GET
    @Path("/{caseId}/documents")
    @RolesAllowed({Roles.SNM, Roles.ONPAR_REGISTRATION, Roles.ONPAR_ELIGIBILITY})
    @Operation(summary = "Every document of a case's members, with its status as of today (empty for an unknown case)")
    public List<DocumentView> ofCase(@PathParam("caseId") UUID caseId) {
        return documents.ofCase(caseId);
    }
}
