package pa.gob.refugio.kit.web;

import io.quarkus.security.identity.SecurityIdentity;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who sends a request, as its bearer token says: subject, roles ({@code groups}) and institution. */
public record Caller(String subject, Set<String> roles, String institution) {

    public static final Caller ANONYMOUS = new Caller(null, Set.of(), null);

    public static Caller of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return ANONYMOUS;
        }
        String subject = identity.getPrincipal().getName();
        String institution = null;
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            if (jwt.getSubject() != null) {
                subject = jwt.getSubject();
            }
            Object claim = jwt.getClaim("institution");
            institution = claim == null ? null : claim.toString().replaceAll("^\"|\"$", "");
        }
        return new Caller(subject, new TreeSet<>(identity.getRoles()), institution);
    }

    public boolean anonymous() {
        return subject == null;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** The roles as stored in the audit trail: comma-separated, sorted. */
    public String roleList() {
        return roles.isEmpty() ? null : String.join(",", roles);
    }
}
