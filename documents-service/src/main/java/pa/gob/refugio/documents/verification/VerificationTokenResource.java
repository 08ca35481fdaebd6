package pa.gob.refugio.documents.verification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pa.gob.refugio.security.Roles;

@Path("/api/v1/documents/{documentNumber}/verification-token")
@Tag(name = "Documents")
@Produces(MediaType.APPLICATION_JSON)
public class VerificationTokenResource {

    private final VerificationService verification;

    public VerificationTokenResource(VerificationService verification) {
        this.verification = verification;
    }

    @GET
    @RolesAllowed(Roles.SNM)
    @Operation(summary = "What SNM prints in the document's QR code: the signed verification token and the QR content")
    public VerificationTokenView token(@PathParam("documentNumber") String documentNumber) {
        return verification.tokenOf(documentNumber);
    }
}
