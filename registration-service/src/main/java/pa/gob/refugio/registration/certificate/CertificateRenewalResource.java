package pa.gob.refugio.registration.certificate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pa.gob.refugio.kit.openapi.ProblemResponses;
import pa.gob.refugio.kit.trace.RequestTrace;
import pa.gob.refugio.security.Roles;

/** Issue 13: renewing a member's certificate while the procedure is open. */
@Path("/api/v1/applications/{caseId}/members/{memberId}/certificate/renewal")
@Tag(name = "Certificates")
@Produces(MediaType.APPLICATION_JSON)
public class CertificateRenewalResource {

    private final CertificateRenewals renewals;
    private final RequestTrace trace;

    public CertificateRenewalResource(CertificateRenewals renewals, RequestTrace trace) {
        this.renewals = renewals;
        this.trace = trace;
    }

    @POST
    @RolesAllowed(Roles.ONPAR_REGISTRATION)
    @ProblemResponses({409, 422})
    @Operation(summary = "Renew the member's asylum-seeker certificate (same number) for another validity period that"
            + " starts the day after its last day; 422 certificate-renewal-procedure-ended once the member's procedure"
            + " has ended (with endedOn), 409 if the certificate is revoked; reprint it afterwards (the QR carries the"
            + " new validity)")
    public Certificates.CertificateView renew(@PathParam("caseId") UUID caseId, @PathParam("memberId") UUID memberId,
                                              SecurityContext security) {
        return renewals.renew(caseId, memberId, security.getUserPrincipal().getName(), trace.trace());
    }
}
