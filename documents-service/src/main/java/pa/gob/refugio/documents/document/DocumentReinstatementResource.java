package pa.gob.refugio.documents.document;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pa.gob.refugio.security.Roles;

@Path("/api/v1/document-reinstatements")
@Tag(name = "Documents")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentReinstatementResource {

    private final DocumentReinstatements reinstatements;

    public DocumentReinstatementResource(DocumentReinstatements reinstatements) {
        this.reinstatements = reinstatements;
    }

    @GET
    @RolesAllowed({Roles.SNM, Roles.ONPAR_REGISTRATION, Roles.ONPAR_ELIGIBILITY})
    @Operation(summary = "A case's provisional IDs that came back after a final rejection was reversed: when they "
            + "were revoked, why, and when they were reinstated")
    public List<DocumentReinstatement.View> ofCase(@QueryParam("caseId") @NotNull UUID caseId) {
        return reinstatements.ofCase(caseId);
    }
}
