package pa.gob.refugio.registration.partner.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import javax.net.ssl.SSLSocketFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The address rules of webhook targets, judged on the resolved address (plain Java, no network). */
class TargetsResolvingToPrivateLoopbackLinkLocalOrSpecialAddressesAreRefusedTest {

    private static InetAddress ip(String literal) {
        try {
            return InetAddress.getByName(literal); // a literal: no DNS lookup
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "10.0.0.1", "10.255.255.255",                         // private 10/8
            "172.16.0.1", "172.31.255.254",                       // private 172.16/12
            "192.168.0.1", "192.168.255.255",                     // private 192.168/16
            "127.0.0.1", "127.1.2.3",                             // loopback 127/8
            "169.254.169.254", "169.254.0.1",                     // link-local (cloud metadata)
            "0.0.0.0", "0.1.2.3",                                 // this network 0/8
            "100.64.0.1", "100.127.255.254",                      // shared address space 100.64/10
            "224.0.0.1", "239.255.255.250",                       // multicast
            "240.0.0.1", "255.255.255.255",                       // reserved, broadcast
            "192.0.0.8", "198.18.0.1"                             // protocol assignments, benchmarking
    })
    void ipv4PrivateLoopbackLinkLocalSharedMulticastAndReservedAddressesAreRefused(String address) {
        assertTrue(TargetAddresses.refusal(ip(address)).isPresent(), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "::1", "::",                                          // loopback, unspecified
            "fe80::1", "febf:ffff::1",                            // link-local fe80::/10
            "fc00::1", "fd12:3456:789a::1",                       // unique-local fc00::/7
            "fec0::1",                                            // site-local (deprecated)
            "ff02::1", "ff05::2",                                 // multicast
            "::ffff:10.0.0.1", "::ffff:127.0.0.1", "::ffff:169.254.169.254", // IPv4-mapped
            "::10.0.0.1", "::127.0.0.1", "::192.168.1.1",         // IPv4-compatible
            "64:ff9b::a00:1", "64:ff9b::7f00:1",                  // NAT64 of 10.0.0.1, 127.0.0.1
            "2002:a00:1::1", "2002:c0a8:101::1"                   // 6to4 of 10.0.0.1, 192.168.1.1
    })
    void ipv6LoopbackLinkLocalUniqueLocalMulticastAndEmbeddedIpv4OfThoseAreRefused(String address) {
        assertTrue(TargetAddresses.refusal(ip(address)).isPresent(), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "200.46.30.1", "172.15.255.255", "172.32.0.1", "100.63.255.255",
            "100.128.0.1", "192.167.1.1", "169.253.1.1", "2001:4860:4860::8888", "2800:3f0:4000::1",
            "::ffff:8.8.8.8", "64:ff9b::808:808", "2002:808:808::1"})
    void publicUnicastAddressesAreAllowed(String address) {
        assertTrue(TargetAddresses.allowed(ip(address)), address);
    }

    @Test
    void theReasonNamesTheRangeForOperators() {
        assertEquals("link-local 169.254.0.0/16", TargetAddresses.refusal(ip("169.254.169.254")).orElseThrow());
        assertEquals("IPv4-compatible IPv6 address of private 10.0.0.0/8",
                TargetAddresses.refusal(ip("::10.0.0.1")).orElseThrow());
    }

    @Test
    void anAllowListedNameThatResolvesToAnInternalAddressIsRefusedBeforeAnyConnection() {
        PinnedConnection connection = new PinnedConnection(host -> new InetAddress[] {ip("10.1.2.3")}, Set.of(),
                (SSLSocketFactory) SSLSocketFactory.getDefault());
        PinnedConnection.Failed failed = assertThrows(PinnedConnection.Failed.class,
                () -> connection.post(URI.create("https://hooks.hias.org/refugio"), Map.of(), new byte[0],
                        Duration.ofSeconds(1), Duration.ofSeconds(1)));
        assertEquals("target-not-allowed", failed.outcome());
        assertTrue(failed.getMessage().contains("10.1.2.3"), "the detail is for the operators' log");
    }

    @Test
    void oneRefusedAddressAmongSeveralRefusesTheTarget() {
        PinnedConnection connection = new PinnedConnection(
                host -> new InetAddress[] {ip("8.8.8.8"), ip("fd00::1")}, Set.of(),
                (SSLSocketFactory) SSLSocketFactory.getDefault());
        assertEquals("target-not-allowed",
                assertThrows(PinnedConnection.Failed.class, () -> connection.pin("hooks.hias.org")).outcome());
    }

    @Test
    void theConnectionGoesToTheAddressThatWasJudgedWithNoSecondLookup() throws Exception {
        int[] lookups = {0};
        PinnedConnection connection = new PinnedConnection(host -> {
            lookups[0]++;
            return new InetAddress[] {lookups[0] == 1 ? ip("8.8.8.8") : ip("127.0.0.1")};
        }, Set.of(), (SSLSocketFactory) SSLSocketFactory.getDefault());
        assertEquals(ip("8.8.8.8"), connection.pin("rebinding.example"));
        assertEquals(1, lookups[0]);
    }

    @Test
    void onlyTheExplicitTestHostsMayResolveToLoopbackAndOnlyTo127001() throws Exception {
        PinnedConnection tests = new PinnedConnection(
                host -> new InetAddress[] {ip(host.equals("other") ? "127.0.0.2" : "127.0.0.1")},
                Set.of("receiver.test", "other"), (SSLSocketFactory) SSLSocketFactory.getDefault());
        assertEquals(ip("127.0.0.1"), tests.pin("receiver.test"));
        assertEquals("target-not-allowed",
                assertThrows(PinnedConnection.Failed.class, () -> tests.pin("other")).outcome());
        assertEquals("target-not-allowed",
                assertThrows(PinnedConnection.Failed.class, () -> tests.pin("not-listed.test")).outcome());
    }

    @Test
    void aNameThatDoesNotResolveIsUnresolved() {
        PinnedConnection connection = new PinnedConnection(host -> {
            throw new UnknownHostException(host);
        }, Set.of(), (SSLSocketFactory) SSLSocketFactory.getDefault());
        assertEquals("unresolved",
                assertThrows(PinnedConnection.Failed.class, () -> connection.pin("nowhere.example")).outcome());
        assertFalse(TargetAddresses.allowed(ip("::1")));
    }
}
