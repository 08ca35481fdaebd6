package pa.gob.refugio.appeals.challenge;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pa.gob.refugio.appeals.challenge.ChallengeViews.WindowView;
import pa.gob.refugio.kit.trace.RequestTrace;
import pa.gob.refugio.security.Roles;

/**
 * Legal dates one officer cannot turn against a person: back-dated entries waiting for a second officer, paper
 * receipts, and windows reinstated by a supervisor.
 */
@Path("/api/v1")
@Tag(name = "Legal dates (four eyes, paper filings, reinstatements)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LegalDatesResource {

    private final BackDatedChallengeEntries entries;
    private final Filings filings;
    private final RequestTrace trace;

    public LegalDatesResource(BackDatedChallengeEntries entries, Filings filings, RequestTrace trace) {
        this.entries = entries;
        this.filings = filings;
        this.trace = trace;
    }

    @POST
    @Path("/back-dated-entries/{entryId}/confirmation")
    @RolesAllowed({Roles.ONPAR_REGISTRATION, Roles.ONPAR_ELIGIBILITY, Roles.CONARE, Roles.MINISTER,
            Roles.ONPAR_SUPERVISOR})
    @Operation(summary = "A second officer confirms a back-dated entry: it takes effect now (403 for its own author)")
    public BackDatedChallengeEntryView confirm(@PathParam("entryId") UUID entryId, SecurityContext security) {
        return entries.confirm(entryId, security.getUserPrincipal().getName(), security::isUserInRole, trace.trace());
    }

    @POST
    @Path("/back-dated-entries/{entryId}/rejection")
    @RolesAllowed({Roles.ONPAR_REGISTRATION, Roles.ONPAR_ELIGIBILITY, Roles.CONARE, Roles.MINISTER,
            Roles.ONPAR_SUPERVISOR})
    @Operation(summary = "Reject a back-dated entry: it never takes effect")
    public BackDatedChallengeEntryView reject(@PathParam("entryId") UUID entryId, @Valid Requests.Rejection rejection,
                                              SecurityContext security) {
        return entries.reject(entryId, security.getUserPrincipal().getName(),
                rejection == null ? null : rejection.reason(), security::isUserInRole, trace.trace());
    }

    @GET
    @Path("/back-dated-entries/{entryId}")
    @RolesAllowed({Roles.ONPAR_REGISTRATION, Roles.ONPAR_ELIGIBILITY, Roles.CONARE, Roles.MINISTER,
            Roles.ONPAR_SUPERVISOR})
    @Operation(summary = "One back-dated entry and whether it awaits confirmation")
    public BackDatedChallengeEntryView get(@PathParam("entryId") UUID entryId) {
        return entries.findEntry(entryId);
    }

    @GET
    @Path("/legal-dates")
    @RolesAllowed({Roles.ONPAR_REGISTRATION, Roles.ONPAR_ELIGIBILITY, Roles.CONARE, Roles.MINISTER,
            Roles.ONPAR_SUPERVISOR})
    @Operation(summary = "A case's back-dated entries, paper receipts and window reinstatements")
    public Filings.LegalDatesView legalDates(@QueryParam("caseId") @NotNull UUID caseId) {
        return filings.legalDatesOf(caseId, entries.ofCase(caseId));
    }

    @POST
    @Path("/windows/{windowId}/reinstatement")
    @RolesAllowed(Roles.ONPAR_SUPERVISOR)
    @Operation(summary = "A supervisor reinstates a window that lapsed in error, with its legal ground: open again, "
            + "counted afresh from today; the final rejection is reversed and the provisional IDs come back")
    public WindowView reinstate(@PathParam("windowId") UUID windowId,
                                @NotNull @Valid Requests.Reinstatement reinstatement, SecurityContext security) {
        return filings.reinstate(windowId, reinstatement.legalGround(), security.getUserPrincipal().getName(),
                trace.trace());
    }

    /** 202 Accepted with the held entry: recorded, but no effect until another officer confirms it. */
    static Response held(BackDatedChallengeEntryView entry, UriInfo uri) {
        return Response.accepted(entry).location(uri.getBaseUriBuilder().path("api/v1/back-dated-entries")
                .path(entry.entryId().toString()).build()).build();
    }
}
