package pa.gob.refugio.registration.partner.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where webhooks may be sent: only to hosts on the allow-list (exact host names, case-insensitive; nothing is allowed
 * when the list is empty), over https unless the host is also listed as allowed without TLS (loopback in tests).
 * URLs with credentials in them are refused (they would be shown back in every listing). Plain Java.
 */
public final class TargetUrlPolicy {

    private final Set<String> allowedHosts;
    private final Set<String> insecureHostsAllowed;

    public TargetUrlPolicy(Collection<String> allowedHosts, Collection<String> insecureHostsAllowed) {
        this.allowedHosts = normalise(allowedHosts);
        this.insecureHostsAllowed = normalise(insecureHostsAllowed);
    }

    /** Why the URL may not be used, or empty when it may. */
    public Optional<String> refusal(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException | NullPointerException e) {
            return Optional.of("not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return Optional.of("only https URLs are allowed");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return Optional.of("the URL names no host");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("credentials in the URL are not allowed");
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (!allowedHosts.contains(host)) {
            return Optional.of("host " + host + " is not on the allow-list");
        }
        if (scheme.equals("http") && !insecureHostsAllowed.contains(host)) {
            return Optional.of("https is required for host " + host);
        }
        return Optional.empty();
    }

    public boolean allows(String url) {
        return refusal(url).isEmpty();
    }

    /** The host of a URL (lower case), for problem details; empty if there is none. */
    public static String hostOf(String url) {
        try {
            String host = new URI(url.strip()).getHost();
            return host == null ? "" : host.toLowerCase(Locale.ROOT);
        } catch (URISyntaxException | NullPointerException e) {
            return "";
        }
    }

    private static Set<String> normalise(Collection<String> hosts) {
        return hosts == null ? Set.of() : hosts.stream().map(String::strip).filter(h -> !h.isEmpty())
                .map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }
}
