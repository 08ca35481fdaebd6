package pa.gob.refugio.registration.partner.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where webhooks may be sent, judged on the URL: only to hosts on the allow-list (exact host names, case-insensitive;
 * nothing is allowed when the list is empty), over https on port 443, unless the host is also listed as allowed
 * without TLS (loopback in tests): then plain http on one of the configured insecure ports. URLs with credentials in
 * them are refused (they would be shown back in every listing). The address the name resolves to is judged at connect
 * time ({@link TargetAddresses}, {@link PinnedConnection}). Plain Java.
 */
public final class TargetUrlPolicy {

    private final Set<String> allowedHosts;
    private final Set<String> insecureHostsAllowed;
    private final PortRange insecurePorts;

    /** No plain-http port allowed: https on 443 only. */
    public TargetUrlPolicy(Collection<String> allowedHosts, Collection<String> insecureHostsAllowed) {
        this(allowedHosts, insecureHostsAllowed, PortRange.NONE);
    }

    public TargetUrlPolicy(Collection<String> allowedHosts, Collection<String> insecureHostsAllowed,
                           PortRange insecurePorts) {
        this.allowedHosts = normalise(allowedHosts);
        this.insecureHostsAllowed = normalise(insecureHostsAllowed);
        this.insecurePorts = insecurePorts;
    }

    /** The port the URL names, or its scheme's default. */
    public static int portOf(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "http".equalsIgnoreCase(uri.getScheme()) ? 80 : 443;
    }

    /**
     * Ports allowed for plain http to the insecure-allowed hosts: a list of ports and ranges, e.g. {@code 80,8080} or
     * {@code 1024-65535}; none when blank.
     */
    public record PortRange(List<int[]> ranges) {

        public static final PortRange NONE = new PortRange(List.of());

        public static PortRange parse(String spec) {
            if (spec == null || spec.isBlank()) {
                return NONE;
            }
            List<int[]> ranges = new ArrayList<>();
            for (String part : spec.split(",")) {
                String p = part.strip();
                if (p.isEmpty()) {
                    continue;
                }
                int dash = p.indexOf('-');
                int from = Integer.parseInt(dash < 0 ? p : p.substring(0, dash).strip());
                int to = dash < 0 ? from : Integer.parseInt(p.substring(dash + 1).strip());
                if (from < 1 || to > 65535 || from > to) {
                    throw new IllegalArgumentException("not a port or port range: " + p);
                }
                ranges.add(new int[] {from, to});
            }
            return new PortRange(List.copyOf(ranges));
        }

        public boolean contains(int port) {
            return ranges.stream().anyMatch(r -> port >= r[0] && port <= r[1]);
        }
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
        int port = portOf(uri);
        if (scheme.equals("https") && port != 443) {
            return Optional.of("https is allowed on port 443 only, not " + port);
        }
        if (scheme.equals("http") && !insecurePorts.contains(port)) {
            return Optional.of("port " + port + " is not allowed for plain http to host " + host);
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
