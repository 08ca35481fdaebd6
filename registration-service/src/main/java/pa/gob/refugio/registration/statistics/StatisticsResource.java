package pa.gob.refugio.registration.statistics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.kit.problem.Texts;
import pa.gob.refugio.kit.time.PanamaClock;
import pa.gob.refugio.security.Roles;

@Path("/api/v1/statistics")
@Tag(name = "Statistics")
public class StatisticsResource {

    static final String CSV = "text/csv";

    private final StatisticsService statistics;
    private final Clock clock;

    public StatisticsResource(StatisticsService statistics, Clock clock) {
        this.statistics = statistics;
        this.clock = clock;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @RolesAllowed({Roles.OPERATIONS, Roles.ONPAR_REGISTRATION, Roles.CONARE})
    @Operation(operationId = "getStatistics",
            summary = "Monthly applications and outcomes, people by status, nationality, sex, age group and site at "
                    + "a date, median days per stage; counts 1-4 suppressed (JSON null, CSV \"<5\"); "
                    + "CSV with Accept: text/csv or format=csv")
    public Response statistics(@QueryParam("at") String at, @QueryParam("site") String site,
                               @QueryParam("format") String format, @Context HttpHeaders headers) {
        LocalDate day = day(at);
        StatisticsService.StatisticsView view = statistics.at(day, site);
        boolean csv = "csv".equalsIgnoreCase(format) || (format == null && headers.getAcceptableMediaTypes().stream()
                .findFirst().map(t -> t.isCompatible(MediaType.valueOf(CSV)) && !t.isWildcardType()).orElse(false));
        return csv
                ? Response.ok(StatisticsCsv.of(view), CSV + "; charset=UTF-8")
                        .header("Content-Disposition", "attachment; filename=\"refugio-statistics-" + day + ".csv\"")
                        .build()
                : Response.ok(view, MediaType.APPLICATION_JSON).build();
    }

    private LocalDate day(String at) {
        if (at == null || at.isBlank()) {
            return LocalDate.now(clock.withZone(PanamaClock.PANAMA));
        }
        try {
            return LocalDate.parse(at);
        } catch (DateTimeParseException e) {
            throw ProblemException.of(400, "invalid-date", Texts.of("Fecha no válida", "Invalid date"),
                            Texts.of("at debe ser una fecha como 2026-11-30", "at must be a date such as 2026-11-30"))
                    .with("field", "at");
        }
    }
}
