package pa.gob.refugio.registration.partner.webhook;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import jakarta.annotation.security.RolesAllowed;
import jakarta.json.JsonString;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.kit.problem.Texts;
import pa.gob.refugio.security.Roles;

/** A partner NGO's webhook subscriptions and their delivery log; the partner is the token's {@code institution}. */
@Path("/api/v1/webhooks")
@Tag(name = "Webhooks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PARTNER_NGO)
public class WebhookResource {

    private final Webhooks webhooks;
    private final JsonWebToken jwt;

    public WebhookResource(Webhooks webhooks, JsonWebToken jwt) {
        this.webhooks = webhooks;
        this.jwt = jwt;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTNER_NGO)
    @Operation(summary = "Subscribe a URL (host on the allow-list, https) to the partner's referral status changes;"
            + " the signing secret is shown in this answer only")
    @APIResponse(responseCode = "201", description = "Subscribed (Location: the subscription); the secret is shown only here",
            content = @Content(schema = @Schema(implementation = SubscriptionCreated.class)))
    public Response subscribe(@NotNull @Valid SubscribeRequest request) {
        SubscriptionCreated created = webhooks.subscribe(partner(), jwt.getName(), request);
        return Response.created(URI.create("/api/v1/webhooks/" + created.id())).entity(created).build();
    }

    @GET
    @RolesAllowed(Roles.PARTNER_NGO)
    @Operation(summary = "The partner's own webhook subscriptions (without secrets)")
    public List<SubscriptionView> list() {
        return webhooks.list(partner());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.PARTNER_NGO)
    @Operation(summary = "One of the partner's webhook subscriptions (without its secret)")
    public SubscriptionView get(@PathParam("id") UUID id) {
        return webhooks.get(partner(), id);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.PARTNER_NGO)
    @Operation(summary = "Delete one of the partner's webhook subscriptions; its pending deliveries are cancelled")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") UUID id) {
        webhooks.delete(partner(), id);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/deliveries")
    @RolesAllowed(Roles.PARTNER_NGO)
    @Operation(summary = "Delivery log of one destination, newest first, with every attempt (time, status or error)")
    public List<DeliveryView> deliveries(@PathParam("id") UUID id,
                                         @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Webhooks.MAX_PAGE)
                                         int limit) {
        return webhooks.deliveries(partner(), id, limit);
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/replay")
    @RolesAllowed(Roles.PARTNER_NGO)
    @Operation(summary = "Queue a delivery again (due now, fresh attempts; same id and payload)")
    @APIResponse(responseCode = "202", description = "Queued again",
            content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    public Response replay(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        return Response.accepted(webhooks.replay(partner(), id, deliveryId)).build();
    }

    /** The calling partner institution; a partner token without one may not use webhooks. */
    private String partner() {
        Object claim = jwt.getClaim("institution");
        String institution = claim instanceof JsonString text ? text.getString() : claim == null ? null : claim.toString();
        if (institution == null || institution.isBlank()) {
            throw ProblemException.of(403, "no-institution", Texts.of("Sin institución", "No institution"),
                    Texts.of("El token no nombra ninguna institución; los webhooks pertenecen a una institución socia",
                            "The token names no institution; webhooks belong to a partner institution"));
        }
        return institution.strip();
    }
}
