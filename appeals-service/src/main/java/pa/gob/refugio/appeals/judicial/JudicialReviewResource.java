package pa.gob.refugio.appeals.judicial;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pa.gob.refugio.events.appeals.JudicialReviewDecided;
import pa.gob.refugio.kit.trace.RequestTrace;
import pa.gob.refugio.security.Roles;

@Path("/api/v1/judicial-reviews")
@Tag(name = "Judicial review")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class JudicialReviewResource {

    private final JudicialReviewService reviews;
    private final RequestTrace trace;

    public JudicialReviewResource(JudicialReviewService reviews, RequestTrace trace) {
        this.reviews = reviews;
        this.trace = trace;
    }

    @POST
    @Path("/{id}/outcome")
    @RolesAllowed(Roles.ONPAR_ELIGIBILITY)
    @Operation(summary = "Record the Third Chamber's outcome of a judicial review")
    public JudicialReviewView outcome(@PathParam("id") UUID id, @NotNull @Valid OutcomeRequest request) {
        return reviews.decide(id, request.outcome(), request.decidedOn(), trace.trace());
    }

    public record OutcomeRequest(@NotNull JudicialReviewDecided.Outcome outcome, @NotNull LocalDate decidedOn) {
    }
}
