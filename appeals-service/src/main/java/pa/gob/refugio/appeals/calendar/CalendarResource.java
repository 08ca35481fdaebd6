package pa.gob.refugio.appeals.calendar;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pa.gob.refugio.kit.openapi.ProblemResponses;
import pa.gob.refugio.kit.trace.RequestTrace;
import pa.gob.refugio.rules.calendar.Closure;
import pa.gob.refugio.security.Roles;

/**
 * The one calendar, administered here (appeals-service owns it) and replicated to every service. The deadline
 * calculator ({@code GET /api/v1/calendar/deadline}) is the kit's, served by every service.
 */
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
    @Operation(summary = "Record a closure of public offices decreed by the Executive, with its legal source: national "
            + "(no sites) or for the listed site codes; the whole day, or from a time (half day). Published to every "
            + "service's calendar")
    @APIResponse(responseCode = "201", description = "Recorded and published",
            content = @Content(schema = @Schema(implementation = CalendarView.ClosureView.class)))
    public Response addClosure(@NotNull @Valid ClosureRequest request, SecurityContext security) {
        CalendarView.ClosureView added = calendar.addClosure(
                new Closure(request.date(), request.reason().strip(), request.legalSource().strip(),
                        request.sites() == null ? Set.of() : Set.copyOf(request.sites()), request.from()),
                security.getUserPrincipal().getName(), trace.trace());
        return Response.status(201).entity(added).build();
    }

    @POST
    @Path("/closures/{closureId}/revocation")
    @RolesAllowed(Roles.OPERATIONS)
    @Operation(summary = "Revoke a closure recorded by mistake or revoked by a later decree (windows already extended "
            + "keep their later last day)")
    public CalendarView.ClosureView revoke(@PathParam("closureId") UUID closureId,
                                           @NotNull @Valid RevocationRequest request) {
        return calendar.revokeClosure(closureId, request.legalSource().strip(), trace.trace());
    }

    @GET
    @Path("/sites")
    @RolesAllowed({Roles.ONPAR_REGISTRATION, Roles.ONPAR_ELIGIBILITY, Roles.CONARE, Roles.MINISTER, Roles.SNM,
            Roles.PARTNER_NGO, Roles.OPERATIONS})
    @Operation(summary = "The intake sites and their opening hours per weekday")
    public List<CalendarView.SiteView> sites() {
        return calendar.sites();
    }

    @PUT
    @Path("/sites/{code}/hours")
    @RolesAllowed(Roles.OPERATIONS)
    @Operation(summary = "Set a site's opening hours per weekday (a weekday not listed is closed); creates the site if "
            + "new. Published to every service: registration and interview bookings follow them")
    @ProblemResponses(422)
    public CalendarView.SiteView setHours(
            @PathParam("code") @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "must be an upper-case code like BALBOA")
            String code, @NotNull @Valid SiteHoursRequest request) {
        return calendar.setSiteHours(code, request.name(), request.week().entrySet().stream()
                .map(e -> new CalendarView.DayHours(e.getKey(), e.getValue().opens(), e.getValue().closes()))
                .toList(), trace.trace());
    }

    @POST
    @Path("/republish")
    @RolesAllowed(Roles.OPERATIONS)
    @Operation(summary = "Publish the whole calendar again (closures in force, site hours) for every service's replica")
    public Map<String, Integer> republish() {
        return Map.of("published", calendar.republish(trace.trace()));
    }

    @GET
    @Path("/{year}")
    @RolesAllowed({Roles.ONPAR_REGISTRATION, Roles.ONPAR_ELIGIBILITY, Roles.CONARE, Roles.MINISTER, Roles.SNM,
            Roles.PARTNER_NGO, Roles.OPERATIONS})
    @Operation(summary = "The national holidays and decreed closures of a year, with their reasons; with `site`, as "
            + "counted at that site")
    public CalendarView year(@PathParam("year") @Min(2000) @Max(2100) int year,
                             @QueryParam("site") @Size(max = 60) String site) {
        return calendar.year(year, site);
    }

    public record ClosureRequest(@NotNull LocalDate date, @NotBlank @Size(max = 200) String reason,
                                 @NotBlank @Size(max = 200) String legalSource,
                                 @Size(max = 20) List<@NotBlank @Pattern(regexp = "[A-Za-z][A-Za-z0-9_]{1,39}",
                                         message = "must be a site code like BALBOA") String> sites,
                                 LocalTime from) {
    }

    public record RevocationRequest(@NotBlank @Size(max = 200) String legalSource) {
    }

    public record SiteHoursRequest(@Size(max = 60) String name,
                                   @NotNull Map<java.time.DayOfWeek, @NotNull @Valid Hours> week) {
    }

    public record Hours(@NotNull LocalTime opens, @NotNull LocalTime closes) {
    }
}
