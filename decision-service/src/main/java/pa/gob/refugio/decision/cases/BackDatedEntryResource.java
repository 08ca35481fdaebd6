package pa.gob.refugio.decision.cases;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pa.gob.refugio.kit.trace.RequestTrace;
import pa.gob.refugio.security.Roles;

/**
 * Back-dated decisions and notifications waiting for a second officer (four eyes). The roles listed may call; the
 * entry's kind then decides who may confirm it (admissibility: the admissibility role or an ONPAR supervisor;
 * eligibility: CONARE; notification: ONPAR officers or a supervisor), and never the officer who recorded it.
 */
@Path("/api/v1")
@Tag(name = "Back-dated entries (four eyes)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BackDatedEntryResource {

    private final BackDatedEntries entries;
    private final RequestTrace trace;

    public BackDatedEntryResource(BackDatedEntries entries, RequestTrace trace) {
        this.entries = entries;
        this.trace = trace;
    }

    /** The body of a rejection: why the entry is refused (free text, kept encrypted). */
    public record Rejection(@Size(max = 2000) String reason) {
    }

    @POST
    @Path("/back-dated-entries/{entryId}/confirmation")
    @RolesAllowed({Roles.ONPAR_ELIGIBILITY, Roles.ONPAR_REGISTRATION, Roles.CONARE, Roles.ONPAR_SUPERVISOR})
    @Operation(summary = "A second officer confirms a back-dated entry: it takes effect now (403 for its own author)")
    public BackDatedEntryView confirm(@PathParam("entryId") UUID entryId, SecurityContext security) {
        return entries.confirm(entryId, security.getUserPrincipal().getName(), security::isUserInRole, trace.trace());
    }

    @POST
    @Path("/back-dated-entries/{entryId}/rejection")
    @RolesAllowed({Roles.ONPAR_ELIGIBILITY, Roles.ONPAR_REGISTRATION, Roles.CONARE, Roles.ONPAR_SUPERVISOR})
    @Operation(summary = "Reject a back-dated entry: it never takes effect")
    public BackDatedEntryView reject(@PathParam("entryId") UUID entryId, @Valid Rejection rejection,
                                     SecurityContext security) {
        return entries.reject(entryId, security.getUserPrincipal().getName(),
                rejection == null ? null : rejection.reason(), security::isUserInRole, trace.trace());
    }

    @GET
    @Path("/back-dated-entries/{entryId}")
    @RolesAllowed({Roles.ONPAR_ELIGIBILITY, Roles.ONPAR_REGISTRATION, Roles.CONARE, Roles.MINISTER,
            Roles.ONPAR_SUPERVISOR})
    @Operation(summary = "One back-dated entry and whether it awaits confirmation")
    public BackDatedEntryView get(@PathParam("entryId") UUID entryId) {
        return entries.findEntry(entryId);
    }

    @GET
    @Path("/back-dated-entries")
    @RolesAllowed({Roles.ONPAR_ELIGIBILITY, Roles.ONPAR_REGISTRATION, Roles.CONARE, Roles.MINISTER,
            Roles.ONPAR_SUPERVISOR})
    @Operation(summary = "A case's back-dated entries: those awaiting a second officer have no effect yet")
    public List<BackDatedEntryView> ofCase(@QueryParam("caseId") @NotNull UUID caseId) {
        return entries.ofCase(caseId);
    }

    /** 202 Accepted with the held entry: the command was recorded but has no effect until confirmed. */
    static Response held(BackDatedEntryView entry, UriInfo uri) {
        return Response.accepted(entry).location(uri.getBaseUriBuilder().path("api/v1/back-dated-entries")
                .path(entry.entryId().toString()).build()).build();
    }
}
