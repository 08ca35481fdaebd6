package pa.gob.refugio.registration.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pa.gob.refugio.kit.deadline.DeadlineView;
import pa.gob.refugio.kit.trace.RequestTrace;
import pa.gob.refugio.security.Roles;

@Path("/api/v1/applications")
@Tag(name = "Applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApplicationResource {

    private final RegistrationService registration;
    private final RequestTrace trace;

    public ApplicationResource(RegistrationService registration, RequestTrace trace) {
        this.registration = registration;
        this.trace = trace;
    }

    @POST
    @RolesAllowed(Roles.ONPAR_REGISTRATION)
    @Operation(summary = "Register an application for a principal applicant and the basic family unit")
    public Response register(@NotNull @Valid RegisterApplicationRequest request, SecurityContext security,
                             UriInfo uri) {
        RegistrationService.Registered registered =
                registration.register(request, security.getUserPrincipal().getName(), trace.trace());
        return Response.created(uri.getAbsolutePathBuilder().path(registered.application().caseId().toString()).build())
                .entity(new RegistrationResponse(registered.application(), DeadlineView.of(registered.filingDeadline())))
                .build();
    }

    @GET
    @Path("/{caseId}")
    @RolesAllowed({Roles.ONPAR_REGISTRATION, Roles.ONPAR_ELIGIBILITY})
    @Operation(summary = "Read an application")
    public ApplicationView get(@PathParam("caseId") UUID caseId) {
        return registration.find(caseId);
    }

    /** The application and how its filing deadline was counted. */
    public record RegistrationResponse(ApplicationView application, DeadlineView filingDeadline) {
    }
}
