package pa.gob.refugio.kit.calendar;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pa.gob.refugio.kit.problem.Problem;
import pa.gob.refugio.kit.problem.ProblemMessages;
import pa.gob.refugio.rules.deadline.Deadline;
import pa.gob.refugio.rules.deadline.Deadlines;
import pa.gob.refugio.security.Roles;

/**
 * The deadline calculator, served by every service from its calendar replica (so every service answers the same):
 * {@code GET /api/v1/calendar/deadline?kind=RECONSIDERATION|APPEAL|FILING&from=YYYY-MM-DD&site=CODE}. The explanation
 * is in Spanish or English by {@code Accept-Language}; bad input is a 400 problem naming the parameter.
 */
@Path("/api/v1/calendar/deadline")
@Tag(name = "Business-day calendar")
@Produces(MediaType.APPLICATION_JSON)
public class DeadlineCalculatorResource {

    /** The deadlines the calculator knows. */
    public enum Kind { RECONSIDERATION, APPEAL, FILING }

    private final SiteCalendars calendars;

    public DeadlineCalculatorResource(SiteCalendars calendars) {
        this.calendars = calendars;
    }

    @GET
    @RolesAllowed({Roles.ONPAR_REGISTRATION, Roles.ONPAR_ELIGIBILITY, Roles.CONARE, Roles.MINISTER, Roles.SNM,
            Roles.OPERATIONS, Roles.ONPAR_SUPERVISOR})
    @Operation(summary = "Compute a legal deadline on the calendar of a site: first counted day, last day, the days "
            + "skipped and why, and how it was counted (Spanish or English by Accept-Language). `from` is the "
            + "notification date (RECONSIDERATION, APPEAL) or the entry date (FILING); `site` a site code or name "
            + "(omit it for the national calendar)")
    public Response deadline(@QueryParam("kind") String kind, @QueryParam("from") String from,
                             @QueryParam("site") String site, @Context HttpHeaders headers, @Context UriInfo uri) {
        Locale locale = ProblemMessages.of(headers);
        boolean spanish = "es".equals(locale.getLanguage());
        List<Problem.FieldError> errors = new ArrayList<>();
        Kind k = null;
        if (kind == null || kind.isBlank()) {
            errors.add(new Problem.FieldError("kind", spanish ? "es obligatorio: RECONSIDERATION, APPEAL o FILING"
                    : "is required: RECONSIDERATION, APPEAL or FILING"));
        } else {
            try {
                k = Kind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new Problem.FieldError("kind", (spanish ? "debe ser RECONSIDERATION, APPEAL o FILING: "
                        : "must be RECONSIDERATION, APPEAL or FILING: ") + kind));
            }
        }
        LocalDate date = null;
        if (from == null || from.isBlank()) {
            errors.add(new Problem.FieldError("from", spanish ? "es obligatorio (AAAA-MM-DD)"
                    : "is required (YYYY-MM-DD)"));
        } else {
            try {
                date = LocalDate.parse(from.strip());
                if (date.getYear() < 1900 || date.getYear() > 2200) {
                    errors.add(new Problem.FieldError("from", spanish ? "fecha fuera de rango (1900–2200)"
                            : "date out of range (1900–2200)"));
                }
            } catch (DateTimeParseException e) {
                errors.add(new Problem.FieldError("from", (spanish ? "no es una fecha AAAA-MM-DD: "
                        : "is not a YYYY-MM-DD date: ") + from));
            }
        }
        SiteCalendars.Snapshot snapshot = calendars.now();
        Optional<String> code = Optional.empty();
        if (site != null && !site.isBlank()) {
            code = snapshot.siteCode(site);
            if (code.isEmpty()) {
                errors.add(new Problem.FieldError("site", (spanish ? "sede desconocida; conocidas: "
                        : "unknown site; known: ") + String.join(", ", snapshot.siteNames().keySet())));
            }
        }
        if (!errors.isEmpty()) {
            return Problem.invalid(uri.getRequestUri().getPath(), errors, locale).toResponse();
        }
        Deadlines deadlines = snapshot.deadlinesAt(code.orElse(null));
        Deadline d = switch (k) {
            case RECONSIDERATION -> deadlines.reconsideration(date);
            case APPEAL -> deadlines.appeal(date);
            case FILING -> deadlines.filing(date);
        };
        return Response.ok(CalculatedDeadline.of(k, code.orElse(null),
                        code.map(c -> snapshot.siteNames().get(c)).orElse(null), d, locale))
                .header(HttpHeaders.CONTENT_LANGUAGE, spanish ? "es" : "en").build();
    }

    /** A deadline computed on a site's calendar, explained in one language. */
    public record CalculatedDeadline(Kind kind, String site, String siteName, LocalDate from, LocalDate firstCountedDay,
                                     LocalDate lastDay, List<SkippedDay> skippedDays, String legalBasis,
                                     String explanation, String language) {

        public record SkippedDay(LocalDate date, String reason) {
        }

        static CalculatedDeadline of(Kind kind, String site, String siteName, Deadline d, Locale locale) {
            return new CalculatedDeadline(kind, site, siteName, d.triggeredOn(), d.firstCountedDay(), d.lastDay(),
                    d.skippedDays().stream().map(s -> new SkippedDay(s.date(), s.reason(locale))).toList(),
                    d.legalBasis(), d.explanation(locale), "es".equals(locale.getLanguage()) ? "es" : "en");
        }
    }
}
