package pa.gob.refugio.registration.certificate;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/certificates")
@Tag(name = "Certificates")
public class CertificateResource {

    private final Certificates certificates;

    public CertificateResource(Certificates certificates) {
        this.certificates = certificates;
    }

    @GET
    @Path("/verification")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Public verification of an asylum-seeker certificate's QR token: VALID, EXPIRED or REVOKED")
    public Certificates.Verification verify(@QueryParam("token") @NotBlank @Size(max = 512) String token) {
        return certificates.verify(token);
    }
}
