package pa.gob.refugio.documents.pdf;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pa.gob.refugio.kit.openapi.ProblemResponses;
import pa.gob.refugio.security.Roles;

/**
 * SNM prints the documents it issues. Only {@code snm}: the PDF carries the holder's name and photograph, and ONPAR
 * prints its own document (the certificate, registration-service); nobody else needs the paper.
 */
@Path("/api/v1/documents/{documentNumber}/pdf")
@Tag(name = "Documents")
public class DocumentPdfResource {

    private final DocumentPdfService pdfs;

    public DocumentPdfResource(DocumentPdfService pdfs) {
        this.pdfs = pdfs;
    }

    @GET
    @RolesAllowed(Roles.SNM)
    @ProblemResponses({409, 422})
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @APIResponse(responseCode = "200", description = "The printable document (A5, Spanish then English)",
            content = @Content(mediaType = "application/pdf",
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                            format = "binary")))
    @Operation(summary = "The printable provisional ID or refugee document: photograph, particulars, validity and a"
            + " QR code with an Ed25519 seal verifiable offline (/.well-known/jwks.json); 409 if revoked or"
            + " superseded, 422 if expired or the holder's particulars are not recorded")
    public Response pdf(@PathParam("documentNumber") String documentNumber) {
        return Response.ok(pdfs.print(documentNumber), "application/pdf").build();
    }
}
