package pa.gob.refugio.registration.certificate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pa.gob.refugio.security.Roles;

/** Issue 13: ONPAR's list of certificates to renew. */
@Path("/api/v1/certificates/expiring")
@Tag(name = "Certificates")
@Produces(MediaType.APPLICATION_JSON)
public class ExpiringCertificatesResource {

    private final CertificateRenewals renewals;

    public ExpiringCertificatesResource(CertificateRenewals renewals) {
        this.renewals = renewals;
    }

    @GET
    @RolesAllowed(Roles.ONPAR_REGISTRATION)
    @Operation(summary = "Certificates of members still in the procedure whose last day is before `before`"
            + " (expired ones included), soonest first, optionally of one intake site; paged")
    public CertificateRenewals.ExpiringPage expiring(@QueryParam("before") @NotNull LocalDate before,
                                                     @QueryParam("site") @Size(max = 100) String site,
                                                     @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                                     @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200)
                                                     int size) {
        return renewals.expiring(before, site == null || site.isBlank() ? null : site, page, size);
    }
}
