package pa.gob.refugio.documents.workpermit;

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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pa.gob.refugio.kit.trace.RequestTrace;
import pa.gob.refugio.security.Roles;

@Path("/api/v1/documents/{documentNumber}/work-permits")
@Tag(name = "Work permits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WorkPermitResource {

    private final WorkPermitService permits;
    private final RequestTrace trace;

    public WorkPermitResource(WorkPermitService permits, RequestTrace trace) {
        this.permits = permits;
        this.trace = trace;
    }

    @POST
    @RolesAllowed(Roles.MITRADEL)
    @Operation(summary = "MITRADEL records a work permit (number, period) for the document's holder: refused (422) "
            + "unless the document is an in-force provisional ID or refugee document, the holder is of working age "
            + "and the period lies within the document's; 409 if the number is taken or a permit is in force")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = WorkPermitView.class)))
    public Response record(@PathParam("documentNumber") String number, @NotNull @Valid WorkPermitRequest request,
                           SecurityContext security) {
        return Response.status(Response.Status.CREATED).entity(permits.record(number, request,
                security.getUserPrincipal().getName(), trace.trace())).build();
    }

    @GET
    @RolesAllowed({Roles.MITRADEL, Roles.SNM})
    @Operation(summary = "The work permits recorded against a document, with their status today")
    public List<WorkPermitView> list(@PathParam("documentNumber") String number) {
        return permits.ofDocument(number);
    }
}
