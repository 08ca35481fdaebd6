package pa.gob.refugio.kit.deadletter;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pa.gob.refugio.kit.deadletter.DeadLetters.State;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.kit.problem.Texts;
import pa.gob.refugio.kit.web.Caller;
import pa.gob.refugio.security.Roles;

/**
 * For operations: the records this service's consumers could not read, newest first; inspect one (personal data
 * redacted), replay it through the consumer's inbox (optionally naming its event type), or discard it with a reason.
 * Every call is in the kit's audit trail (ApiFilters audits every {@code /api/v1/} request).
 */
@Path("/api/v1/operations/dead-letters")
@Tag(name = "Operations")
@Produces(MediaType.APPLICATION_JSON)
public class DeadLetterResource {

    /** Body of replay: both optional. */
    public record ReplayRequest(String type, String reason) {
    }

    /** Body of discard. */
    public record DiscardRequest(String reason) {
    }

    private final DeadLetterService service;
    private final SecurityIdentity identity;

    public DeadLetterResource(DeadLetterService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @RolesAllowed(Roles.OPERATIONS)
    @Operation(summary = "Dead letters of this service, newest first (state OPEN by default, ALL for every state;"
            + " size at most 200)")
    public DeadLetters.Page list(@QueryParam("state") @DefaultValue("OPEN") String state,
                                 @QueryParam("page") @DefaultValue("0") int page,
                                 @QueryParam("size") @DefaultValue("50") int size) {
        return service.list(state(state), page, size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.OPERATIONS)
    @Operation(summary = "One dead letter with its headers and payload, personal data redacted")
    public DeadLetterService.Detail detail(@PathParam("id") UUID id) {
        return service.detail(id);
    }

    @POST
    @Path("/{id}/replay")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATIONS)
    @Operation(summary = "Run the record again through its consumer's inbox (idempotent); type repairs a missing or"
            + " unknown ce_type. 409 unless OPEN, 422 when still unreadable")
    public DeadLetterService.Replayed replay(@PathParam("id") UUID id, ReplayRequest body) {
        return service.replay(id, body == null ? null : blankToNull(body.type()),
                body == null ? null : blankToNull(body.reason()), by());
    }

    @POST
    @Path("/{id}/discard")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATIONS)
    @Operation(summary = "Close the dead letter without processing it; reason required. 409 unless OPEN")
    public DeadLetterService.Discarded discard(@PathParam("id") UUID id, DiscardRequest body) {
        return service.discard(id, body == null ? null : body.reason(), by());
    }

    private String by() {
        Caller caller = Caller.of(identity);
        return caller.anonymous() ? null : caller.subject();
    }

    private static State state(String state) {
        if ("ALL".equalsIgnoreCase(state)) {
            return null;
        }
        try {
            return State.valueOf(state.toUpperCase());
        } catch (IllegalArgumentException e) {
            throw ProblemException.of(400, "invalid-state", Texts.of("Estado no válido", "Invalid state"),
                    Texts.of("state debe ser OPEN, REPLAYED, DISCARDED o ALL",
                            "state must be OPEN, REPLAYED, DISCARDED or ALL"));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
