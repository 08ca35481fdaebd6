package pa.gob.refugio.kit.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * The {@code servers} of the published document: the service's public base URL, {@code refugio.openapi.server-url}
 * (env {@code REFUGIO_PUBLIC_URL}; by default {@code http://localhost:<port>} of the local stack). Read when the
 * service starts, so that one build serves every environment.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class PublishedServerFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        List<String> urls = ConfigProvider.getConfig().getOptionalValues("refugio.openapi.server-url", String.class)
                .orElse(List.of());
        if (urls.isEmpty()) {
            return;
        }
        List<org.eclipse.microprofile.openapi.models.servers.Server> servers = new ArrayList<>();
        for (String url : urls) {
            String trimmed = url.trim();
            while (trimmed.length() > 1 && trimmed.endsWith("/")) {
                trimmed = trimmed.substring(0, trimmed.length() - 1);
            }
            servers.add(OASFactory.createServer().url(trimmed).description(
                    ConfigProvider.getConfig().getOptionalValue("quarkus.application.name", String.class)
                            .orElse("this service")));
        }
        openAPI.setServers(servers);
    }
}
