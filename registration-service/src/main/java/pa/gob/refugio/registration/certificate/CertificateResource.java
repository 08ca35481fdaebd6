package pa.gob.refugio.registration.certificate;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pa.gob.refugio.kit.openapi.ProblemResponses;

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
    @ProblemResponses(429)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Public verification of an asylum-seeker certificate's QR token: 200 {valid: true, kind, "
            + "validUntil}, or 200 {valid: false} alike for an unknown, forged, revoked or expired certificate; anonymous"
            + " callers are rate-limited per address (429 with Retry-After)")
    public Certificates.Verification verify(@QueryParam("token") @NotBlank String token) {
        return certificates.verify(token);
    }
}
