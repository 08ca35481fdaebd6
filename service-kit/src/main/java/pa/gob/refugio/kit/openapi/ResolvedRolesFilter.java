package pa.gob.refugio.kit.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * A role given by configuration ({@code @RolesAllowed("${refugio.decision.admissibility-role}")}) appears in the
 * published OpenAPI document as the role it resolves to, not as the placeholder.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class ResolvedRolesFilter implements OASFilter {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^:}]+)(?::([^}]*))?}");

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getSecurity() == null) {
            return operation;
        }
        for (SecurityRequirement requirement : operation.getSecurity()) {
            if (requirement.getSchemes() == null) {
                continue;
            }
            java.util.Map<String, List<String>> schemes = new java.util.LinkedHashMap<>();
            requirement.getSchemes().forEach((scheme, roles) -> schemes.put(scheme, roles == null ? null : resolve(roles)));
            requirement.setSchemes(schemes);
        }
        return operation;
    }

    private static List<String> resolve(List<String> roles) {
        List<String> resolved = new ArrayList<>();
        for (String role : roles) {
            Matcher m = PLACEHOLDER.matcher(role);
            if (m.matches()) {
                resolved.addAll(ConfigProvider.getConfig().getOptionalValues(m.group(1), String.class)
                        .orElse(m.group(2) == null ? List.of(role) : List.of(m.group(2).split(","))));
            } else {
                resolved.add(role);
            }
        }
        return resolved;
    }
}
