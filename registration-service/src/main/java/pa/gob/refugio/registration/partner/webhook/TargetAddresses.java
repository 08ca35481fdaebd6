package pa.gob.refugio.registration.partner.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Optional;

/**
 * Which resolved addresses a webhook may connect to: public unicast only. Refused (the reason is for operators'
 * logs; the partner sees {@code target-not-allowed}): IPv4 this-network 0.0.0.0/8, private 10/8, 172.16/12,
 * 192.168/16, carrier-grade NAT 100.64/10, loopback 127/8, link-local 169.254/16, IETF protocol assignments
 * 192.0.0/24, benchmarking 198.18/15, multicast 224/4, reserved 240/4 and broadcast; IPv6 unspecified ::, loopback
 * ::1, link-local fe80::/10, site-local fec0::/10, unique-local fc00::/7, multicast ff00::/8; and IPv6 addresses that
 * embed an IPv4 address (IPv4-mapped ::ffff:0:0/96, IPv4-compatible ::/96, NAT64 64:ff9b::/96, 6to4 2002::/16) are
 * judged by the IPv4 address they carry. Plain Java.
 */
public final class TargetAddresses {

    private TargetAddresses() {
    }

    /** Why {@code address} may not be connected to, or empty when it may. */
    public static Optional<String> refusal(InetAddress address) {
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return refusalV4(b);
        }
        if (address instanceof Inet6Address) {
            return refusalV6(b);
        }
        return Optional.of("unknown address family");
    }

    public static boolean allowed(InetAddress address) {
        return refusal(address).isEmpty();
    }

    private static Optional<String> refusalV4(byte[] b) {
        int a0 = b[0] & 0xff;
        int a1 = b[1] & 0xff;
        int a2 = b[2] & 0xff;
        if (a0 == 0) {
            return Optional.of("this network 0.0.0.0/8");
        }
        if (a0 == 10) {
            return Optional.of("private 10.0.0.0/8");
        }
        if (a0 == 100 && (a1 & 0xc0) == 64) {
            return Optional.of("shared address space 100.64.0.0/10");
        }
        if (a0 == 127) {
            return Optional.of("loopback 127.0.0.0/8");
        }
        if (a0 == 169 && a1 == 254) {
            return Optional.of("link-local 169.254.0.0/16");
        }
        if (a0 == 172 && (a1 & 0xf0) == 16) {
            return Optional.of("private 172.16.0.0/12");
        }
        if (a0 == 192 && a1 == 0 && a2 == 0) {
            return Optional.of("IETF protocol assignments 192.0.0.0/24");
        }
        if (a0 == 192 && a1 == 168) {
            return Optional.of("private 192.168.0.0/16");
        }
        if (a0 == 198 && (a1 & 0xfe) == 18) {
            return Optional.of("benchmarking 198.18.0.0/15");
        }
        if (a0 >= 224 && a0 <= 239) {
            return Optional.of("multicast 224.0.0.0/4");
        }
        if (a0 >= 240) {
            return Optional.of("reserved 240.0.0.0/4 or broadcast");
        }
        return Optional.empty();
    }

    private static Optional<String> refusalV6(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        if (first == 0xff) {
            return Optional.of("multicast ff00::/8");
        }
        if ((first & 0xfe) == 0xfc) {
            return Optional.of("unique-local fc00::/7");
        }
        if (first == 0xfe && (second & 0xc0) == 0x80) {
            return Optional.of("link-local fe80::/10");
        }
        if (first == 0xfe && (second & 0xc0) == 0xc0) {
            return Optional.of("site-local fec0::/10");
        }
        if (allZero(b, 0, 10)) {
            if ((b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                return embedded(b, 12, "IPv4-mapped");
            }
            if ((b[10] | b[11]) == 0) {
                if (allZero(b, 12, 15) && (b[15] & 0xff) <= 1) {
                    return Optional.of((b[15] & 0xff) == 0 ? "unspecified ::" : "loopback ::1");
                }
                return embedded(b, 12, "IPv4-compatible");
            }
        }
        if (first == 0x00 && second == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b && allZero(b, 4, 12)) {
            return embedded(b, 12, "NAT64");
        }
        if (first == 0x20 && second == 0x02) {
            return embedded(b, 2, "6to4");
        }
        return Optional.empty();
    }

    private static Optional<String> embedded(byte[] b, int from, String kind) {
        byte[] v4 = {b[from], b[from + 1], b[from + 2], b[from + 3]};
        return refusalV4(v4).map(reason -> kind + " IPv6 address of " + reason);
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
