package pa.gob.refugio.kit.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class AnonymousCallersAreCountedPerAddressAndOnlyATrustedProxyNamesThemTest {

    @Test
    void withoutATrustedProxyTheHeaderIsIgnoredAndThePeerCounts() {
        ClientAddress clients = new ClientAddress(List.of());
        assertEquals("203.0.113.7", clients.of("203.0.113.7", "198.51.100.1"));
        assertEquals("203.0.113.7", clients.of("203.0.113.7", null));
    }

    @Test
    void behindATrustedProxyTheRightMostUntrustedForwardedAddressCounts() {
        ClientAddress clients = new ClientAddress(List.of("10.0.0.0/8", "192.0.2.10"));
        assertEquals("198.51.100.1", clients.of("10.1.2.3", "198.51.100.1"));
        // the client wrote the left-most entry itself; the proxy appended what it saw
        assertEquals("198.51.100.1", clients.of("10.1.2.3", "1.1.1.1, 198.51.100.1"));
        // two trusted hops
        assertEquals("198.51.100.1", clients.of("10.1.2.3", "6.6.6.6, 198.51.100.1, 192.0.2.10"));
        // a peer that is not a proxy may say what it likes
        assertEquals("198.51.100.9", clients.of("198.51.100.9", "10.9.9.9"));
        // garbage where an address belongs: the proxy stands for the client (stricter, never a free bucket)
        assertEquals("10.1.2.3", clients.of("10.1.2.3", "evil.example"));
        assertEquals("198.51.100.1", clients.of("10.1.2.3", "198.51.100.1:4711"));
    }

    @Test
    void anIpv6ClientCountsByItsSlash64() {
        ClientAddress clients = new ClientAddress(List.of());
        String a = clients.of("2001:db8:1:2:aaaa::1", null);
        String b = clients.of("2001:db8:1:2:bbbb::9", null);
        assertEquals(a, b);
        assertTrue(a.endsWith("/64"), a);
        assertTrue(!a.equals(clients.of("2001:db8:1:3::1", null)));
        assertEquals("192.0.2.1", clients.of("::ffff:192.0.2.1", null), "an IPv4-mapped address is the IPv4 one");
    }

    @Test
    void aTrustedProxyThatIsNotAnAddressStopsTheStart() {
        assertThrows(IllegalArgumentException.class, () -> new ClientAddress(List.of("proxy.internal")));
        assertThrows(IllegalArgumentException.class, () -> new ClientAddress(List.of("10.0.0.0/33")));
    }

    @Test
    void eachAddressHasItsBucketAndTheLastOfNPlusOneWaits() {
        AtomicLong now = new AtomicLong();
        AnonymousRateLimiter limiter = new AnonymousRateLimiter(10, 1000, List.of(), now::get);
        String client = limiter.client("203.0.113.7", null);
        for (int i = 0; i < 10; i++) {
            assertTrue(limiter.tryAcquire(client).isEmpty(), "request " + i);
        }
        assertEquals(OptionalLong.of(6), limiter.tryAcquire(client));
        assertTrue(limiter.tryAcquire(limiter.client("203.0.113.8", null)).isEmpty());
        now.addAndGet(6_000_000_000L);
        assertTrue(limiter.tryAcquire(client).isEmpty());
    }

    @Test
    void aFloodOfNewAddressesDoesNotGrowTheMemoryWithoutBound() {
        AtomicLong now = new AtomicLong();
        TokenBuckets buckets = new TokenBuckets(10, 100, now::get);
        for (int i = 0; i < 10_000; i++) {
            buckets.tryAcquire("client-" + i);
            assertTrue(buckets.size() <= 100, "buckets " + buckets.size());
        }
    }
}
