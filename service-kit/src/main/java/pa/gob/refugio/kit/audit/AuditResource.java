package pa.gob.refugio.kit.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pa.gob.refugio.kit.problem.Problem;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.kit.problem.Texts;
import pa.gob.refugio.security.Roles;

/**
 * For oversight: who accessed what in this service, when, with which role, institution and purpose, and how it
 * ended; by case, every request whose path or answer was about the case. Anonymous requests to public endpoints are
 * counted per hour ({@code /anonymous}). Every service answers for its own audit trail.
 */
@Path("/api/v1/audit")
@Tag(name = "Audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    public static final int MAX_PAGE_SIZE = 200;
    private static final ZoneId PANAMA = ZoneId.of("America/Panama");

    private final AuditTrail trail;

    public AuditResource(AuditTrail trail) {
        this.trail = trail;
    }

    @GET
    @RolesAllowed(Roles.OVERSIGHT)
    @Operation(summary = "Audit trail of this service, newest first. from/to: ISO instants or dates (Panama time; "
            + "'to' is exclusive for an instant, inclusive for a date); page from 0; size at most " + MAX_PAGE_SIZE)
    public AuditTrail.Page query(@QueryParam("caseId") String caseId, @QueryParam("subject") String subject,
                                 @QueryParam("from") String from, @QueryParam("to") String to,
                                 @QueryParam("page") @DefaultValue("0") int page,
                                 @QueryParam("size") @DefaultValue("50") int size) {
        Window w = window(from, to, page, size);
        return trail.query(blankToNull(caseId), blankToNull(subject), w.from(), w.to(), page, size);
    }

    @GET
    @Path("/anonymous")
    @RolesAllowed(Roles.OVERSIGHT)
    @Operation(summary = "Anonymous requests to public endpoints (e.g. document verification), counted per hour, "
            + "method, path template and status; newest hour first. from/to as for the trail")
    public AuditTrail.AnonymousPage anonymous(@QueryParam("from") String from, @QueryParam("to") String to,
                                              @QueryParam("page") @DefaultValue("0") int page,
                                              @QueryParam("size") @DefaultValue("50") int size) {
        Window w = window(from, to, page, size);
        return trail.anonymous(w.from(), w.to(), page, size);
    }

    /** The period asked for, checked with the page: 400 naming every field that is not valid. */
    private record Window(Instant from, Instant to) {
    }

    private static Window window(String from, String to, int page, int size) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (page < 0) {
            errors.add(new Problem.FieldError("page", "must be 0 or more"));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            errors.add(new Problem.FieldError("size", "must be between 1 and " + MAX_PAGE_SIZE));
        }
        Instant fromInstant = instant("from", from, false, errors);
        Instant toInstant = instant("to", to, true, errors);
        if (!errors.isEmpty()) {
            String one = errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).reason() : null;
            throw ProblemException.of(400, "validation", Texts.of("La solicitud no es válida", "The request is not valid"),
                    Texts.of(one != null ? one : errors.size() + " campos no son válidos",
                            one != null ? one : errors.size() + " fields are not valid")).with("errors", errors);
        }
        return new Window(fromInstant, toInstant);
    }

    private static Instant instant(String field, String value, boolean endOfDay, List<Problem.FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException notInstant) {
            try {
                LocalDate date = LocalDate.parse(value.trim());
                return (endOfDay ? date.plusDays(1) : date).atStartOfDay(PANAMA).toInstant();
            } catch (DateTimeParseException notDate) {
                errors.add(new Problem.FieldError(field, "expected an ISO instant or date"));
                return null;
            }
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
