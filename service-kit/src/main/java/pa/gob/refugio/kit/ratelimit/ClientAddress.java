package pa.gob.refugio.kit.ratelimit;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who an anonymous caller is, for its rate limit: the peer address of the connection or, only when that peer is a
 * configured trusted proxy, the right-most address of {@code X-Forwarded-For} that is not a trusted proxy itself (the
 * entries left of it were written by the client and prove nothing). An IPv6 client counts by its /64 network, the
 * block one subscriber usually holds. Only IP literals are read: no name is ever resolved.
 */
public final class ClientAddress {

    private record Range(byte[] network, int prefixLength) {
        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            int full = prefixLength / 8;
            for (int i = 0; i < full; i++) {
                if (bytes[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefixLength % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (bytes[full] & mask) == (network[full] & mask);
        }
    }

    private final List<Range> trustedProxies;

    /** {@code trustedProxies}: IP addresses or CIDR ranges; anything else is refused (a start with a typo fails). */
    public ClientAddress(List<String> trustedProxies) {
        List<Range> ranges = new ArrayList<>();
        for (String entry : trustedProxies) {
            String text = entry.strip();
            if (text.isEmpty()) {
                continue;
            }
            int slash = text.indexOf('/');
            InetAddress address = literal(slash < 0 ? text : text.substring(0, slash))
                    .orElseThrow(() -> new IllegalArgumentException("Not an IP address or CIDR range: " + entry));
            int bits = address.getAddress().length * 8;
            int prefix;
            try {
                prefix = slash < 0 ? bits : Integer.parseInt(text.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Not an IP address or CIDR range: " + entry, e);
            }
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("Not an IP address or CIDR range: " + entry);
            }
            ranges.add(new Range(address.getAddress(), prefix));
        }
        this.trustedProxies = List.copyOf(ranges);
    }

    /** The key of the caller's bucket, from the connection's peer address and its {@code X-Forwarded-For} header. */
    public String of(String peerAddress, String forwardedFor) {
        Optional<InetAddress> peer = literal(peerAddress);
        if (peer.isEmpty()) {
            return peerAddress == null ? "" : peerAddress;
        }
        InetAddress client = peer.get();
        if (forwardedFor != null && trusted(client)) {
            String[] hops = forwardedFor.split(",");
            for (int i = hops.length - 1; i >= 0; i--) {
                Optional<InetAddress> hop = literal(hops[i]);
                if (hop.isEmpty()) {
                    break; // not an address: the peer (the proxy) stands for the client, which is stricter
                }
                client = hop.get();
                if (!trusted(client)) {
                    break;
                }
            }
        }
        return key(client);
    }

    private boolean trusted(InetAddress address) {
        return trustedProxies.stream().anyMatch(r -> r.contains(address));
    }

    private static String key(InetAddress address) {
        if (address instanceof Inet6Address) {
            byte[] network = address.getAddress();
            for (int i = 8; i < network.length; i++) {
                network[i] = 0;
            }
            try {
                return InetAddress.getByAddress(network).getHostAddress() + "/64";
            } catch (UnknownHostException e) {
                throw new IllegalStateException(e);
            }
        }
        return address.getHostAddress();
    }

    /** An IPv4 or IPv6 literal (optionally in brackets, IPv4 optionally with a port); never a name lookup. */
    static Optional<InetAddress> literal(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip();
        if (s.startsWith("[")) {
            int end = s.indexOf(']');
            if (end < 0) {
                return Optional.empty();
            }
            s = s.substring(1, end);
        } else if (s.indexOf(':') == s.lastIndexOf(':') && s.indexOf(':') > 0 && s.indexOf('.') > 0) {
            s = s.substring(0, s.indexOf(':')); // IPv4 with a port
        }
        if (s.isEmpty() || s.length() > 45) {
            return Optional.empty();
        }
        boolean ipv6 = s.indexOf(':') >= 0;
        for (char c : s.toCharArray()) {
            boolean ok = Character.digit(c, ipv6 ? 16 : 10) >= 0 || c == '.' || (ipv6 && (c == ':' || c == '%'));
            if (!ok) {
                return Optional.empty();
            }
        }
        if (!ipv6 && s.chars().filter(c -> c == '.').count() != 3) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(s)); // a literal: parsed, not resolved
        } catch (UnknownHostException | SecurityException e) {
            return Optional.empty();
        }
    }
}
