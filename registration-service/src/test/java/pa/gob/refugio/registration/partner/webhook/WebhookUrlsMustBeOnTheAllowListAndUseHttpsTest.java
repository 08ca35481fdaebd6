package pa.gob.refugio.registration.partner.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WebhookUrlsMustBeOnTheAllowListAndUseHttpsTest {

    private final TargetUrlPolicy policy = new TargetUrlPolicy(List.of("hooks.hias.org", " Partner.NRC.no ", "localhost"),
            List.of("localhost"), TargetUrlPolicy.PortRange.parse("8080, 8999-9001"));

    @Test
    void anHttpsUrlOnAnAllowedHostIsAcceptedWhateverTheCaseOfTheHost() {
        assertTrue(policy.allows("https://hooks.hias.org/refugio"));
        assertTrue(policy.allows("https://HOOKS.hias.org:443/refugio?x=1"));
        assertTrue(policy.allows("https://partner.nrc.no/hooks"));
    }

    @Test
    void aHostNotOnTheListIsRefusedIncludingLookalikesAndSubdomains() {
        assertEquals(Optional.of("host evil.example is not on the allow-list"), policy.refusal("https://evil.example/x"));
        assertFalse(policy.allows("https://hooks.hias.org.evil.example/x"));
        assertFalse(policy.allows("https://sub.hooks.hias.org/x"));
        assertFalse(policy.allows("https://127.0.0.1/x"), "an address is not its host name");
    }

    @Test
    void plainHttpIsOnlyForHostsListedAsAllowedWithoutTls() {
        assertEquals(Optional.of("https is required for host hooks.hias.org"),
                policy.refusal("http://hooks.hias.org/refugio"));
        assertTrue(policy.allows("http://localhost:8999/hook"));
    }

    @Test
    void httpsUsesPort443OnlyAndPlainHttpOnlyTheConfiguredPorts() {
        assertEquals(Optional.of("https is allowed on port 443 only, not 8443"),
                policy.refusal("https://hooks.hias.org:8443/refugio"));
        assertFalse(policy.allows("https://hooks.hias.org:22/x"));
        assertTrue(policy.allows("http://localhost:8080/hook"));
        assertTrue(policy.allows("http://localhost:9001/hook"));
        assertEquals(Optional.of("port 80 is not allowed for plain http to host localhost"),
                policy.refusal("http://localhost/hook"));
        assertFalse(policy.allows("http://localhost:6379/"), "no port outside the configured ones (e.g. Redis)");
        assertFalse(new TargetUrlPolicy(List.of("localhost"), List.of("localhost")).allows("http://localhost:8080/x"),
                "no plain-http port unless configured");
    }

    @Test
    void otherSchemesCredentialsAndGarbageAreRefused() {
        assertFalse(policy.allows("ftp://hooks.hias.org/x"));
        assertFalse(policy.allows("file:///etc/passwd"));
        assertFalse(policy.allows("https://user:pass@hooks.hias.org/x"));
        assertFalse(policy.allows("hooks.hias.org/x"));
        assertFalse(policy.allows("https://"));
        assertFalse(policy.allows("not a url"));
    }

    @Test
    void withAnEmptyAllowListNothingIsAllowed() {
        TargetUrlPolicy production = new TargetUrlPolicy(List.of(), List.of());
        assertFalse(production.allows("https://hooks.hias.org/refugio"));
        assertFalse(production.allows("http://localhost/hook"));
    }
}
