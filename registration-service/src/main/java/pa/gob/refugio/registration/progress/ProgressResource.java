package pa.gob.refugio.registration.progress;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.kit.problem.Texts;
import pa.gob.refugio.security.Roles;

/** Where every case is (the read model built from the events): per member, and the members waiting too long. */
@Path("/api/v1")
@Tag(name = "Progress")
@Produces(MediaType.APPLICATION_JSON)
public class ProgressResource {

    static final int MAX_SIZE = 500;

    private final ProgressReadModel progress;

    public ProgressResource(ProgressReadModel progress) {
        this.progress = progress;
    }

    @GET
    @Path("/cases/{caseId}/progress")
    @RolesAllowed({Roles.OPERATIONS, Roles.ONPAR_REGISTRATION, Roles.ONPAR_ELIGIBILITY})
    @Operation(operationId = "getCaseProgress",
            summary = "Per member: the stage, what it waits for, since when and which service holds it")
    public ProgressReadModel.CaseProgressView progress(@PathParam("caseId") UUID caseId) {
        return progress.progress(caseId);
    }

    @GET
    @Path("/operations/stuck-cases")
    @RolesAllowed({Roles.OPERATIONS, Roles.ONPAR_REGISTRATION})
    @Operation(operationId = "listStuckCases",
            summary = "Members waiting longer than their stage's service level (or than waitingLongerThan), "
                    + "longest waiting first")
    public ProgressReadModel.StuckCasesView stuck(@QueryParam("waitingLongerThan") String waitingLongerThan,
                                                  @QueryParam("page") @DefaultValue("0") int page,
                                                  @QueryParam("size") @DefaultValue("50") int size) {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw ProblemException.of(400, "invalid-paging", Texts.of("Paginación no válida", "Invalid paging"),
                    Texts.of("page debe ser 0 o más y size entre 1 y " + MAX_SIZE,
                            "page must be 0 or more and size between 1 and " + MAX_SIZE));
        }
        return progress.stuck(duration(waitingLongerThan), page, size);
    }

    private static Duration duration(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            Duration d = Duration.parse(text);
            if (d.isNegative()) {
                throw new DateTimeParseException("negative", text, 0);
            }
            return d;
        } catch (DateTimeParseException e) {
            throw ProblemException.of(400, "invalid-duration", Texts.of("Duración no válida", "Invalid duration"),
                    Texts.of("waitingLongerThan debe ser una duración ISO-8601 como P5D o PT12H",
                            "waitingLongerThan must be an ISO-8601 duration such as P5D or PT12H")).with("field",
                    "waitingLongerThan");
        }
    }
}
