package pa.gob.refugio.registration.certificate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pa.gob.refugio.security.Roles;

@Path("/api/v1/applications/{caseId}/members/{memberId}/certificate.pdf")
@Tag(name = "Certificates")
public class MemberCertificateResource {

    private final Certificates certificates;

    public MemberCertificateResource(Certificates certificates) {
        this.certificates = certificates;
    }

    @GET
    @RolesAllowed(Roles.ONPAR_REGISTRATION)
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "The member's printable asylum-seeker certificate (photo, QR code, case number, validity)")
    public Response pdf(@PathParam("caseId") UUID caseId, @PathParam("memberId") UUID memberId) {
        return Response.ok(certificates.pdf(caseId, memberId), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"certificate-" + memberId + ".pdf\"").build();
    }
}
