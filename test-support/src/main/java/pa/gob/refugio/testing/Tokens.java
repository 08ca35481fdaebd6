package pa.gob.refugio.testing;

import java.time.Duration;
import java.util.Map;
import pa.gob.refugio.security.Roles;

/** Bearer tokens signed by the test JVM's key, as the services under test trust it. */
public final class Tokens {

    /** A token for a person of {@code role} at its default institution. */
    public static String of(String role) {
        return RealInfrastructure.signingKey().minter()
                .mint("test-" + role, role, Roles.institutionOf(role), Duration.ofHours(1));
    }

    /** A token of {@code role} for a named institution (e.g. one partner NGO or another). */
    public static String of(String role, String institution) {
        return RealInfrastructure.signingKey().minter()
                .mint("test-" + role + "-" + institution.toLowerCase(), role, institution, Duration.ofHours(1),
                        Map.of());
    }

    private Tokens() {
    }
}
