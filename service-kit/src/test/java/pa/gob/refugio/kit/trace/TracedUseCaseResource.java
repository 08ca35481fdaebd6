package pa.gob.refugio.kit.trace;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.UUID;
import pa.gob.refugio.kit.outbox.SampleUseCase;
import pa.gob.refugio.security.Roles;

/** A request whose use case writes an event to the outbox, as a registration does. */
@Path("/api/v1/kit-test/traced-changes")
@Produces(MediaType.APPLICATION_JSON)
public class TracedUseCaseResource {

    private final SampleUseCase useCase;

    public TracedUseCaseResource(SampleUseCase useCase) {
        this.useCase = useCase;
    }

    @POST
    @Path("/{caseId}")
    @RolesAllowed(Roles.ONPAR_REGISTRATION)
    public Map<String, Object> change(@PathParam("caseId") UUID caseId) {
        Object logged = org.jboss.logging.MDC.get("traceId");
        return Map.of("eventId", useCase.change(caseId, false).eventId().toString(),
                "loggedTraceId", logged == null ? "" : logged.toString());
    }
}
