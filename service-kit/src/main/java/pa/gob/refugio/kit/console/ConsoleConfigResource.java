package pa.gob.refugio.kit.console;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import pa.gob.refugio.events.DomainEvent;
import pa.gob.refugio.events.EventCatalog;

/**
 * Where the operations console ({@code /console/}, static, served by every service) finds the five services: their
 * base URLs ({@code refugio.console.services}, env {@code REFUGIO_CONSOLE_SERVICES}, {@code name=url} pairs separated
 * by commas) and the event names it offers when replaying a dead letter. Public like the page itself: no case data,
 * only addresses the caller's browser must reach anyway; every call the page then makes carries the operator's token.
 */
@Path("/console/config.json")
public class ConsoleConfigResource {

    /** One service the console polls. */
    public record ServiceUrl(String name, String baseUrl) {
    }

    public record ConsoleConfig(List<ServiceUrl> services, int pollSeconds, List<String> eventTypes) {
    }

    private final ConsoleConfig config;

    public ConsoleConfigResource(@ConfigProperty(name = "refugio.console.services") List<String> services,
                                 @ConfigProperty(name = "refugio.console.poll-seconds", defaultValue = "5")
                                 int pollSeconds) {
        List<ServiceUrl> urls = new ArrayList<>();
        for (String entry : services) {
            int eq = entry.indexOf('=');
            if (eq <= 0) {
                throw new IllegalStateException("refugio.console.services: '" + entry + "' is not name=url");
            }
            String url = entry.substring(eq + 1).strip();
            urls.add(new ServiceUrl(entry.substring(0, eq).strip(),
                    url.endsWith("/") ? url.substring(0, url.length() - 1) : url));
        }
        List<String> types = new ArrayList<>();
        for (Class<? extends DomainEvent> event : EventCatalog.all()) {
            var type = EventCatalog.typeOf(event);
            types.add(type.version() == 1 ? type.name() : type.name() + ".v" + type.version());
        }
        this.config = new ConsoleConfig(List.copyOf(urls), pollSeconds, List.copyOf(types));
    }

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    // Not an API operation (the console's own static configuration): kept out of the OpenAPI document, where only
    // GET verification endpoints may be public.
    @Operation(hidden = true)
    public ConsoleConfig config() {
        return config;
    }
}
