package pa.gob.refugio.decision.worklist;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pa.gob.refugio.decision.worklist.DecisionWorklists.Page;
import pa.gob.refugio.decision.worklist.DecisionWorklists.ReadyCase;
import pa.gob.refugio.decision.worklist.DecisionWorklists.UndecidedMember;
import pa.gob.refugio.security.Roles;

/** The queues of ONPAR (admissibility) and CONARE (eligibility); identifiers and facts only, no names. */
@Path("/api/v1/worklists")
@Tag(name = "Worklists")
@Produces(MediaType.APPLICATION_JSON)
public class WorklistResource {

    private final DecisionWorklists worklists;

    public WorklistResource(DecisionWorklists worklists) {
        this.worklists = worklists;
    }

    @GET
    @Path("/admissibility")
    @RolesAllowed({Roles.ONPAR_ELIGIBILITY, Roles.ONPAR_SUPERVISOR})
    @Operation(summary = "ONPAR's queue: cases whose adults were all interviewed, ready for an admissibility "
            + "decision; children alone first, then specific needs, then the longest waiting; paged (page from 0, "
            + "size default 20, at most 100)")
    public Page<ReadyCase> admissibility(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return worklists.readyForAdmissibility(page, size);
    }

    @GET
    @Path("/eligibility")
    @RolesAllowed({Roles.CONARE, Roles.ONPAR_ELIGIBILITY})
    @Operation(summary = "CONARE's queue: members of admitted cases without an eligibility outcome; unaccompanied or "
            + "separated children first, then the oldest admission; paged (page from 0, size default 20, at most 100)")
    public Page<UndecidedMember> eligibility(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return worklists.admittedAndUndecided(page, size);
    }
}
