package pa.gob.refugio.appeals.challenge;

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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pa.gob.refugio.appeals.challenge.ChallengeViews.AppealView;
import pa.gob.refugio.appeals.challenge.ChallengeViews.ChallengesView;
import pa.gob.refugio.appeals.challenge.ChallengeViews.ReconsiderationView;
import pa.gob.refugio.appeals.judicial.JudicialReviewService;
import pa.gob.refugio.appeals.judicial.JudicialReviewView;
import pa.gob.refugio.kit.trace.RequestTrace;
import pa.gob.refugio.security.Roles;

@Path("/api/v1/cases/{caseId}")
@Tag(name = "Challenges of a case")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseChallengesResource {

    private final ChallengeQueries challenges;
    private final JudicialReviewService judicialReviews;
    private final RequestTrace trace;
    private final Filings filings;
    private final BackDatedChallengeEntries backDated;

    public CaseChallengesResource(ChallengeQueries challenges, JudicialReviewService judicialReviews,
                                  RequestTrace trace, Filings filings, BackDatedChallengeEntries backDated) {
        this.challenges = challenges;
        this.judicialReviews = judicialReviews;
        this.trace = trace;
        this.filings = filings;
        this.backDated = backDated;
    }

    @POST
    @Path("/reconsiderations")
    @RolesAllowed({Roles.ONPAR_REGISTRATION, Roles.ONPAR_ELIGIBILITY})
    @Operation(summary = "File a reconsideration at ONPAR, addressed to CONARE, within its window (on paper: with its "
            + "receipt, also after a lapse; dated more than the allowed business days back: 202, held for a second "
            + "officer)")
    @APIResponse(responseCode = "201", description = "Filed (Location: the reconsideration)",
            content = @Content(schema = @Schema(implementation = ReconsiderationView.class)))
    @APIResponse(responseCode = "202", description = "Back-dated: held for a second officer, no effect yet",
            content = @Content(schema = @Schema(implementation = BackDatedChallengeEntryView.class)))
    public Response fileReconsideration(@PathParam("caseId") UUID caseId, @NotNull @Valid Requests.File request,
                                        SecurityContext security, UriInfo uri) {
        if (backDated.needsSecondOfficer(request.legalDate())) {
            return LegalDatesResource.held(backDated.holdReconsiderationFiling(caseId, request,
                    security.getUserPrincipal().getName(), trace.trace()), uri);
        }
        ReconsiderationView filed = filings.fileReconsideration(caseId, request,
                security.getUserPrincipal().getName(), trace.trace());
        return Response.created(uri.getBaseUriBuilder().path("api/v1/reconsiderations")
                .path(filed.reconsiderationId().toString()).build()).entity(filed).build();
    }

    @POST
    @Path("/appeals")
    @RolesAllowed({Roles.ONPAR_REGISTRATION, Roles.ONPAR_ELIGIBILITY})
    @Operation(summary = "File an appeal at ONPAR, addressed to the Minister, within its window; sends the case summary "
            + "(on paper: with its receipt, also after a lapse; dated more than the allowed business days back: 202, "
            + "held for a second officer)")
    @APIResponse(responseCode = "201", description = "Filed (Location: the appeal)",
            content = @Content(schema = @Schema(implementation = AppealView.class)))
    @APIResponse(responseCode = "202", description = "Back-dated: held for a second officer, no effect yet",
            content = @Content(schema = @Schema(implementation = BackDatedChallengeEntryView.class)))
    public Response fileAppeal(@PathParam("caseId") UUID caseId, @NotNull @Valid Requests.File request,
                               SecurityContext security, UriInfo uri) {
        if (backDated.needsSecondOfficer(request.legalDate())) {
            return LegalDatesResource.held(backDated.holdAppealFiling(caseId, request,
                    security.getUserPrincipal().getName(), trace.trace()), uri);
        }
        AppealView filed = filings.fileAppeal(caseId, request, security.getUserPrincipal().getName(),
                trace.trace());
        return Response.created(uri.getBaseUriBuilder().path("api/v1/appeals").path(filed.appealId().toString())
                .build()).entity(filed).build();
    }

    @GET
    @Path("/challenges")
    @RolesAllowed({Roles.ONPAR_REGISTRATION, Roles.ONPAR_ELIGIBILITY, Roles.CONARE, Roles.MINISTER})
    @Operation(summary = "The case's windows, reconsiderations, appeals and judicial reviews, with their deadlines")
    public ChallengesView challenges(@PathParam("caseId") UUID caseId) {
        return challenges.challengesOf(caseId);
    }

    @POST
    @Path("/judicial-reviews")
    @RolesAllowed(Roles.ONPAR_ELIGIBILITY)
    @Operation(summary = "Record a judicial review at the Supreme Court's Third Chamber (after the administrative route)")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = JudicialReviewView.class)))
    public Response recordJudicialReview(@PathParam("caseId") UUID caseId,
                                         @NotNull @Valid Requests.JudicialReview request, SecurityContext security) {
        JudicialReviewView recorded = judicialReviews.record(caseId, request.decisionId(), request.filedOn(),
                request.courtReference(), security.getUserPrincipal().getName(), trace.trace());
        return Response.status(201).entity(recorded).build();
    }
}
