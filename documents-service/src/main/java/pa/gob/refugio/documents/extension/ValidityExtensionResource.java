package pa.gob.refugio.documents.extension;

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
import pa.gob.refugio.kit.trace.RequestTrace;
import pa.gob.refugio.security.Roles;

@Path("/api/v1/validity-extensions")
@Tag(name = "Validity extensions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ValidityExtensionResource {

    private final ValidityExtensionService extensions;
    private final RequestTrace trace;

    public ValidityExtensionResource(ValidityExtensionService extensions, RequestTrace trace) {
        this.extensions = extensions;
        this.trace = trace;
    }

    @POST
    @RolesAllowed(Roles.SNM)
    @Operation(summary = "Extend, by resolution, the validity of every current document of a kind expiring before a date")
    @APIResponse(responseCode = "201", description = "Applied (Location: the extension)",
            content = @Content(schema = @Schema(implementation = ValidityExtensionView.class)))
    public Response apply(@NotNull @Valid ValidityExtensionRequest request, SecurityContext security, UriInfo uri) {
        ValidityExtensionView applied = extensions.apply(request, security.getUserPrincipal().getName(),
                trace.trace());
        return Response.created(uri.getAbsolutePathBuilder().path(applied.extensionId().toString()).build())
                .entity(applied).build();
    }

    @GET
    @Path("/{extensionId}")
    @RolesAllowed(Roles.SNM)
    @Operation(summary = "Read a recorded extension and the documents it extended")
    public ValidityExtensionView get(@PathParam("extensionId") UUID extensionId) {
        return extensions.find(extensionId);
    }
}
