package pa.gob.refugio.registration.partner.referral;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.kit.problem.Texts;
import pa.gob.refugio.registration.partner.referral.ReferralViews.OnparView;
import pa.gob.refugio.registration.partner.referral.ReferralViews.PartnerView;
import pa.gob.refugio.security.Roles;

@Path("/api/v1/referrals")
@Tag(name = "Referrals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReferralResource {

    private final Referrals referrals;
    private final JsonWebToken jwt;

    public ReferralResource(Referrals referrals, JsonWebToken jwt) {
        this.referrals = referrals;
        this.jwt = jwt;
    }

    @POST
    @RolesAllowed(Roles.PARTNER_NGO)
    @Operation(summary = "A partner refers a person it assists to ONPAR, with the person's consent (422 without)")
    @APIResponse(responseCode = "201", description = "Received (Location: the referral; ETag: its version)",
            content = @Content(schema = @Schema(implementation = PartnerView.class)))
    public Response create(@NotNull @Valid ReferralRequests.CreateReferral request, SecurityContext security,
                           UriInfo uri) {
        Referral referral = referrals.receive(institution(), request, security.getUserPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(referral.id().toString()).build())
                .entity(PartnerView.of(referral)).header(HttpHeaders.ETAG, etag(referral)).build();
    }

    @GET
    @RolesAllowed(Roles.ONPAR_REGISTRATION)
    @Operation(summary = "ONPAR lists referrals, e.g. ?status=RECEIVED (oldest first; page size at most 100)")
    public ReferralViews.Page<OnparView> list(@QueryParam("status") ReferralState status,
                                              @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                              @QueryParam("size") @DefaultValue("20") int size) {
        return referrals.list(status, page, size);
    }

    @GET
    @Path("/mine")
    @RolesAllowed(Roles.PARTNER_NGO)
    @Operation(summary = "The calling partner's own referrals with their coarse status (newest first; at most 100)")
    public ReferralViews.Page<PartnerView> mine(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                                @QueryParam("size") @DefaultValue("20") int size) {
        return referrals.mine(institution(), page, size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PARTNER_NGO, Roles.ONPAR_REGISTRATION})
    @Operation(summary = "A referral: the partner's coarse status (own referrals only, 404 otherwise), or ONPAR's full view")
    public Response get(@PathParam("id") UUID id, SecurityContext security) {
        if (security.isUserInRole(Roles.ONPAR_REGISTRATION)) {
            Referral referral = referrals.find(id);
            return Response.ok(OnparView.of(referral)).header(HttpHeaders.ETAG, etag(referral)).build();
        }
        Referral referral = referrals.partnerReferral(id, institution());
        return Response.ok(PartnerView.of(referral)).header(HttpHeaders.ETAG, etag(referral)).build();
    }

    @POST
    @Path("/{id}/acceptance")
    @RolesAllowed(Roles.ONPAR_REGISTRATION)
    @Operation(summary = "ONPAR accepts a received referral, linking it to the application it became (422 unknown-case, 409 if not RECEIVED)")
    public Response accept(@PathParam("id") UUID id, @NotNull @Valid ReferralRequests.Acceptance request,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, SecurityContext security) {
        Referral referral = referrals.accept(id, request.caseId(), security.getUserPrincipal().getName(), ifMatch);
        return Response.ok(OnparView.of(referral)).header(HttpHeaders.ETAG, etag(referral)).build();
    }

    @POST
    @Path("/{id}/decline")
    @RolesAllowed(Roles.ONPAR_REGISTRATION)
    @Operation(summary = "ONPAR declines a received referral with a reason (409 if not RECEIVED)")
    public Response decline(@PathParam("id") UUID id, @NotNull @Valid ReferralRequests.Decline request,
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, SecurityContext security) {
        Referral referral = referrals.decline(id, request.reason(), security.getUserPrincipal().getName(), ifMatch);
        return Response.ok(OnparView.of(referral)).header(HttpHeaders.ETAG, etag(referral)).build();
    }

    @POST
    @Path("/{id}/consent-withdrawal")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.PARTNER_NGO, Roles.ONPAR_REGISTRATION})
    @Operation(summary = "The person withdraws consent: the partner's status is frozen and nothing more is sent (409 the second time)")
    public Response withdrawConsent(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                    SecurityContext security) {
        String by = security.getUserPrincipal().getName();
        Referral referral = security.isUserInRole(Roles.ONPAR_REGISTRATION)
                ? referrals.withdrawConsent(id, null, by, ifMatch)
                : referrals.withdrawConsent(id, institution(), by, ifMatch);
        return Response.ok(PartnerView.of(referral)).header(HttpHeaders.ETAG, etag(referral)).build();
    }

    private static String etag(Referral referral) {
        return ReferralEtag.of(referral.version());
    }

    /** The partner institution of the caller's token (403 when the token names none). */
    private String institution() {
        Object claim = jwt.getClaim("institution");
        String institution = claim instanceof jakarta.json.JsonString json ? json.getString().strip()
                : claim == null ? null : claim.toString().strip();
        if (institution == null || institution.isEmpty()) {
            throw ProblemException.of(403, "no-institution", Texts.of("Sin institución", "No institution"),
                    Texts.of("El token de un socio debe nombrar su institución (claim 'institution')",
                            "A partner token must name its institution (claim 'institution')"));
        }
        return institution;
    }
}
