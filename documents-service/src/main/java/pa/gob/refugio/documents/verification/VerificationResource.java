package pa.gob.refugio.documents.verification;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pa.gob.refugio.kit.openapi.ProblemResponses;

/**
 * Public: a checkpoint officer scans the document's QR code (the token signed by SNM's key) and learns only whether
 * it is valid. Anonymous callers are rate-limited per address (kit ratelimit: 429 with Retry-After).
 */
@Path("/api/v1/verification")
@Tag(name = "Verification")
@Produces(MediaType.APPLICATION_JSON)
public class VerificationResource {

    private final VerificationService verification;

    public VerificationResource(VerificationService verification) {
        this.verification = verification;
    }

    @GET
    @Path("/{token}")
    @PermitAll
    @ProblemResponses(429)
    @Operation(summary = "Verify a document by its QR code's token: 200 {valid: true, kind, validUntil}, or 200 "
            + "{valid: false} alike for an unknown, forged, revoked, superseded or expired document; anonymous callers"
            + " are rate-limited per address (429 with Retry-After)")
    public VerificationView verify(@PathParam("token") String token) {
        return verification.verify(token);
    }
}
