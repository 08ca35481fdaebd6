package pa.gob.refugio.documents.document;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
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
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pa.gob.refugio.documents.renewal.RenewalService;
import pa.gob.refugio.documents.renewal.RenewalView;
import pa.gob.refugio.documents.travel.TravelCertificationRequest;
import pa.gob.refugio.documents.travel.TravelCertificationService;
import pa.gob.refugio.documents.travel.TravelCertificationView;
import pa.gob.refugio.kit.trace.RequestTrace;
import pa.gob.refugio.security.Roles;

@Path("/api/v1/documents")
@Tag(name = "Documents")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentResource {

    private final DocumentService documents;
    private final RenewalService renewals;
    private final TravelCertificationService travel;
    private final RequestTrace trace;
    private final ObjectMapper json;
    private final Validator validator;

    public DocumentResource(DocumentService documents, RenewalService renewals, TravelCertificationService travel,
                            RequestTrace trace, ObjectMapper json, Validator validator) {
        this.documents = documents;
        this.renewals = renewals;
        this.travel = travel;
        this.trace = trace;
        this.json = json;
        this.validator = validator;
    }

    @GET
    @Path("/expiring")
    @RolesAllowed(Roles.SNM)
    @Operation(summary = "Valid documents whose last day falls within the next withinDays days and not yet up for renewal")
    public List<DocumentView> expiring(@QueryParam("withinDays") @DefaultValue("30") @Min(0) @Max(366) int withinDays) {
        return documents.expiring(withinDays);
    }

    @GET
    @Path("/{documentNumber}")
    @RolesAllowed({Roles.SNM, Roles.ONPAR_REGISTRATION, Roles.ONPAR_ELIGIBILITY})
    @Operation(summary = "Read a document by its number")
    public DocumentView get(@PathParam("documentNumber") String documentNumber) {
        return documents.byNumber(documentNumber);
    }

    @POST
    @Path("/{documentNumber}/renewals")
    @RolesAllowed(Roles.SNM)
    @Operation(summary = "Request a renewal before expiry; the document stays valid until the renewal is decided")
    @APIResponse(responseCode = "201", description = "Requested (Location: the renewal)",
            content = @Content(schema = @Schema(implementation = RenewalView.class)))
    public Response requestRenewal(@PathParam("documentNumber") String documentNumber, SecurityContext security,
                                   UriInfo uri) {
        RenewalView renewal = renewals.request(documentNumber, security.getUserPrincipal().getName(), trace.trace());
        return Response.created(uri.getBaseUriBuilder().path("api/v1/renewals")
                .path(renewal.renewalId().toString()).build()).entity(renewal).build();
    }

    /** The body is optional (no body, or {@code {"reference": ...}}), hence read by hand rather than by content type. */
    @POST
    @Path("/{documentNumber}/travel-certifications")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.ONPAR_ELIGIBILITY)
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TravelCertificationRequest.class)))
    @Operation(summary = "Certify a recognised refugee for a travel document (passport authority); 409 unless the "
            + "document is a valid refugee document")
    @APIResponse(responseCode = "201", description = "Certified",
            content = @Content(schema = @Schema(implementation = TravelCertificationView.class)))
    public Response certifyForTravel(@PathParam("documentNumber") String documentNumber, String body,
                                     SecurityContext security) throws JsonProcessingException {
        TravelCertificationRequest request = body == null || body.isBlank() ? null
                : json.readValue(body, TravelCertificationRequest.class);
        if (request != null) {
            Set<ConstraintViolation<TravelCertificationRequest>> violations = validator.validate(request);
            if (!violations.isEmpty()) {
                throw new ConstraintViolationException(violations);
            }
        }
        TravelCertificationView certified = travel.certify(documentNumber, request == null ? null : request.reference(),
                security.getUserPrincipal().getName(), trace.trace());
        return Response.status(Response.Status.CREATED).entity(certified).build();
    }
}
