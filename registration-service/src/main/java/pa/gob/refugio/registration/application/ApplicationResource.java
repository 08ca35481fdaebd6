package pa.gob.refugio.registration.application;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
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
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import pa.gob.refugio.registration.certificate.Certificates;
import pa.gob.refugio.registration.duplicate.DuplicateFinder;
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
    @APIResponse(responseCode = "201", description = "Registered (Location: the application)",
            content = @Content(schema = @Schema(implementation = RegistrationResponse.class)))
    public Response register(@NotNull @Valid RegisterApplicationRequest request, SecurityContext security,
                             UriInfo uri) {
        RegistrationService.Registered registered =
                registration.register(request, security.getUserPrincipal().getName(), trace.trace());
        return Response.created(uri.getAbsolutePathBuilder().path(registered.application().caseId().toString()).build())
                .entity(new RegistrationResponse(registered.application(), DeadlineView.of(registered.filingDeadline()),
                        ApplicationView.InterviewScheduling.byInterviewService(registered.application().intakeSite()),
                        registered.certificates(), registered.confirmedNotDuplicates()))
                .build();
    }

    @POST
    @Path("/{caseId}/departure")
    @RolesAllowed(Roles.SNM)
    @Operation(summary = "SNM reports that members left Panama (memberIds; default every member still in the procedure): "
            + "their procedure is abandoned, the others' goes on (409 if the case or a member named already ended, "
            + "422 unknown-member)")
    public ApplicationView departure(@PathParam("caseId") UUID caseId, @NotNull @Valid DepartureRequest request) {
        return registration.abandon(caseId, request.memberIds(), request.departureDate(), request.borderPost(),
                trace.trace());
    }

    @POST
    @Path("/{caseId}/withdrawal")
    @RolesAllowed(Roles.ONPAR_REGISTRATION)
    @Operation(summary = "Members withdraw the application (memberIds; default every member still in the procedure): "
            + "their procedure ends, the others' goes on (409 if the case or a member named already ended, "
            + "422 unknown-member)")
    public ApplicationView withdrawal(@PathParam("caseId") UUID caseId, @NotNull @Valid WithdrawalRequest request) {
        return registration.withdraw(caseId, request.memberIds(), request.withdrawnOn(), request.reason(),
                trace.trace());
    }

    @GET
    @Path("/{caseId}")
    @RolesAllowed({Roles.ONPAR_REGISTRATION, Roles.ONPAR_ELIGIBILITY, Roles.CONARE, Roles.MINISTER})
    @Operation(summary = "Read an application (CONARE and the Minister: read for the case file they decide on)")
    public ApplicationView get(@PathParam("caseId") UUID caseId) {
        return registration.find(caseId);
    }

    /**
     * The application, how its filing deadline was counted, and who sets the interview dates (interview-service:
     * registration promises no date of its own).
     */
    public record RegistrationResponse(ApplicationView application, DeadlineView filingDeadline,
                                       ApplicationView.InterviewScheduling interviews,
                                       List<Certificates.CertificateView> certificates,
                                       List<DuplicateFinder.ExistingCase> confirmedNotDuplicates) {
    }

    /**
     * SNM's report of a departure: the date, the border post and the members who left (optional; default every
     * member still in the procedure).
     */
    public record DepartureRequest(@NotNull @PastOrPresent LocalDate departureDate, @Size(max = 120) String borderPost,
                                   @Size(max = 50) List<@NotNull UUID> memberIds) {
    }

    /**
     * The withdrawal: the date, optionally the reason given, and the members who withdraw (optional; default every
     * member still in the procedure).
     */
    public record WithdrawalRequest(@NotNull @PastOrPresent LocalDate withdrawnOn, @Size(max = 2000) String reason,
                                    @Size(max = 50) List<@NotNull UUID> memberIds) {
    }
}
