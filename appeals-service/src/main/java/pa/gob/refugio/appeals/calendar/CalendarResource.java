package pa.gob.refugio.appeals.calendar;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pa.gob.refugio.kit.trace.RequestTrace;
import pa.gob.refugio.rules.calendar.Closure;
import pa.gob.refugio.security.Roles;

@Path("/api/v1/calendar")
@Tag(name = "Business-day calendar")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CalendarResource {

    private final CalendarService calendar;
    private final RequestTrace trace;

    public CalendarResource(CalendarService calendar, RequestTrace trace) {
        this.calendar = calendar;
        this.trace = trace;
    }

    @POST
    @Path("/closures")
    @RolesAllowed(Roles.OPERATIONS)
    @Operation(summary = "Add a one-off closure of public offices decreed by the Executive, with its legal source")
    public Response addClosure(@NotNull @Valid ClosureRequest request, SecurityContext security) {
        CalendarView.ClosureView added = calendar.addClosure(
                new Closure(request.date(), request.reason().strip(), request.legalSource().strip()),
                security.getUserPrincipal().getName(), trace.trace());
        return Response.status(201).entity(added).build();
    }

    @GET
    @Path("/{year}")
    @RolesAllowed({Roles.ONPAR_REGISTRATION, Roles.ONPAR_ELIGIBILITY, Roles.CONARE, Roles.MINISTER, Roles.SNM,
            Roles.PARTNER_NGO, Roles.OPERATIONS})
    @Operation(summary = "The national holidays and decreed closures of a year, with their reasons")
    public CalendarView year(@PathParam("year") @Min(2000) @Max(2100) int year) {
        return calendar.year(year);
    }

    public record ClosureRequest(@NotNull LocalDate date, @NotBlank @Size(max = 200) String reason,
                                 @NotBlank @Size(max = 200) String legalSource) {
    }
}
