package pa.gob.refugio.interview.worklist;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pa.gob.refugio.security.Roles;

/** ONPAR's interviews per site and day (the waiting list is {@code /api/v1/waiting-list}). */
@Path("/api/v1/worklists/interviews")
@Tag(name = "Worklists")
@Produces(MediaType.APPLICATION_JSON)
public class InterviewWorklistResource {

    private final InterviewDay day;

    public InterviewWorklistResource(InterviewDay day) {
        this.day = day;
    }

    @GET
    @RolesAllowed({Roles.ONPAR_REGISTRATION, Roles.ONPAR_ELIGIBILITY, Roles.OPERATIONS})
    @Operation(summary = "The interviews of a site (code or name) on a day (ISO date), in time order: time, case "
            + "number, members of the case, child-appropriate, status; paged (page from 0, size default 50, at most "
            + "500)")
    public InterviewDay.Sheet interviews(@QueryParam("site") @NotBlank @Size(max = 60) String site,
                                        @QueryParam("date") @NotNull LocalDate date,
                                        @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return day.at(site, date, page, size);
    }
}
