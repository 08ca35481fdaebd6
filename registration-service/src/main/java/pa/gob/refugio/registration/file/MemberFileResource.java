package pa.gob.refugio.registration.file;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pa.gob.refugio.kit.openapi.ProblemResponses;
import pa.gob.refugio.registration.file.MemberFiles.StoredFile;
import pa.gob.refugio.registration.file.UploadRules.FileKind;
import pa.gob.refugio.security.Roles;

@Path("/api/v1/applications/{caseId}/members/{memberId}")
@Tag(name = "Applications")
@Produces(MediaType.APPLICATION_JSON)
public class MemberFileResource {

    private final MemberFiles files;

    public MemberFileResource(MemberFiles files) {
        this.files = files;
    }

    @PUT
    @Path("/photo")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.ONPAR_REGISTRATION)
    @Operation(summary = "Upload the member's photograph (JPEG or PNG, checked by content; size-limited)")
    @ProblemResponses({413, 415})
    public StoredFile photo(@PathParam("caseId") UUID caseId, @PathParam("memberId") UUID memberId, byte[] body,
                            SecurityContext security) {
        return files.upload(caseId, memberId, FileKind.PHOTO, body, security.getUserPrincipal().getName());
    }

    @PUT
    @Path("/identity-document-copy")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.ONPAR_REGISTRATION)
    @Operation(summary = "Upload the copy of the member's identity document (PDF, JPEG or PNG; size-limited)")
    @ProblemResponses({413, 415})
    public StoredFile identityDocumentCopy(@PathParam("caseId") UUID caseId, @PathParam("memberId") UUID memberId,
                                           byte[] body, SecurityContext security) {
        return files.upload(caseId, memberId, FileKind.IDENTITY_DOCUMENT_COPY, body,
                security.getUserPrincipal().getName());
    }
}
