package pa.gob.refugio.documents.document;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Public: a checkpoint officer scans the document's QR (which holds its number) and learns only whether it is valid. */
@Path("/api/v1/verification")
@Tag(name = "Verification")
@Produces(MediaType.APPLICATION_JSON)
public class VerificationResource {

    private final DocumentService documents;

    public VerificationResource(DocumentService documents) {
        this.documents = documents;
    }

    @GET
    @Path("/{documentNumber}")
    @PermitAll
    @Operation(summary = "Verify a document: VALID, EXPIRED, REVOKED or SUPERSEDED with its validity dates, nothing else")
    public VerificationView verify(@PathParam("documentNumber") String documentNumber) {
        return documents.verify(documentNumber);
    }
}
