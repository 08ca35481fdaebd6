package pa.gob.refugio.documents.worklist;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pa.gob.refugio.documents.document.DocumentView;
import pa.gob.refugio.documents.worklist.SnmWorklists.Page;
import pa.gob.refugio.security.Roles;

/** Search by SNM document number (numbers are not secret: stored as issued, matched exactly). */
@Path("/api/v1/search")
@Tag(name = "Search")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentSearchResource {

    private final SnmWorklists worklists;

    public DocumentSearchResource(SnmWorklists worklists) {
        this.worklists = worklists;
    }

    @GET
    @RolesAllowed({Roles.SNM, Roles.ONPAR_REGISTRATION, Roles.ONPAR_ELIGIBILITY, Roles.OPERATIONS})
    @Operation(summary = "Find a document by its SNM number (exact; case ignored): the document, its case and member "
            + "ids, status and validity; paged (400 without documentNumber)")
    public Page<DocumentView> search(@QueryParam("documentNumber") String documentNumber,
                                     @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return worklists.byNumber(documentNumber, page, size);
    }
}
