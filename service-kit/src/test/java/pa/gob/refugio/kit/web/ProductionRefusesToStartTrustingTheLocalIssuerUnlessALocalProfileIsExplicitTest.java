package pa.gob.refugio.kit.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.runtime.LaunchMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.kit.web.TokenSettings.Settings;

class ProductionRefusesToStartTrustingTheLocalIssuerUnlessALocalProfileIsExplicitTest {

    private static final String LOCAL_KEY = "file:.refugio/keys/signing-key.pub.pem";
    private static final String PROVIDER = "https://login.gob.pa/realms/refugio";
    private static final String PROVIDER_KEYS = "https://login.gob.pa/realms/refugio/protocol/openid-connect/certs";

    private static Settings settings(String issuer, String key, boolean localAllowed) {
        return new Settings(issuer, key, false, "refugio", "RS256", 3600, 30, localAllowed);
    }

    @Test
    void productionWithTheLocalDefaultsRefusesToStart() {
        List<String> refusals = TokenSettings.refusals(LaunchMode.NORMAL,
                settings(TokenSettings.LOCAL_ISSUER, LOCAL_KEY, false));
        assertEquals(1, refusals.size(), refusals.toString());
        assertTrue(refusals.get(0).contains("REFUGIO_SECURITY_LOCAL_ISSUER_ALLOWED"), refusals.get(0));
    }

    @Test
    void eitherTheLocalIssuerOrTheLocalKeyAloneIsRefused() {
        assertEquals(1, TokenSettings.refusals(LaunchMode.NORMAL,
                settings(PROVIDER, LOCAL_KEY, false)).size());
        assertEquals(1, TokenSettings.refusals(LaunchMode.NORMAL,
                settings(TokenSettings.LOCAL_ISSUER, PROVIDER_KEYS, false)).size());
        assertEquals(1, TokenSettings.refusals(LaunchMode.NORMAL,
                settings(PROVIDER, "file:/home/ana/.refugio/keys/signing-key.pub.pem", false)).size());
    }

    @Test
    void anExplicitLocalProfileOrARealProviderStarts() {
        assertEquals(List.of(), TokenSettings.refusals(LaunchMode.NORMAL,
                settings(TokenSettings.LOCAL_ISSUER, LOCAL_KEY, true)));
        assertEquals(List.of(), TokenSettings.refusals(LaunchMode.NORMAL,
                settings(PROVIDER, PROVIDER_KEYS, false)));
    }

    @Test
    void devAndTestMayUseTheLocalIssuer() {
        assertEquals(List.of(), TokenSettings.refusals(LaunchMode.DEVELOPMENT,
                settings(TokenSettings.LOCAL_ISSUER, LOCAL_KEY, false)));
        assertEquals(List.of(), TokenSettings.refusals(LaunchMode.TEST,
                settings(TokenSettings.LOCAL_ISSUER, LOCAL_KEY, false)));
    }

    @Test
    void noAudienceAnotherAlgorithmAWideSkewOrALongLifetimeIsRefusedInEveryMode() {
        for (LaunchMode mode : LaunchMode.values()) {
            assertEquals(1, TokenSettings.refusals(mode,
                    new Settings(PROVIDER, PROVIDER_KEYS, false, " ", "RS256", 3600, 30, false)).size());
            assertEquals(1, TokenSettings.refusals(mode,
                    new Settings(PROVIDER, PROVIDER_KEYS, false, "refugio", "HS256", 3600, 30, false)).size());
            assertEquals(1, TokenSettings.refusals(mode,
                    new Settings(PROVIDER, PROVIDER_KEYS, false, "refugio", "none", 3600, 30, false)).size());
            assertEquals(1, TokenSettings.refusals(mode,
                    new Settings(PROVIDER, PROVIDER_KEYS, false, "refugio", "RS256", 3600, 3600, false)).size());
            assertEquals(1, TokenSettings.refusals(mode,
                    new Settings(PROVIDER, PROVIDER_KEYS, false, "refugio", "RS256", 365L * 86_400, 30, false))
                    .size());
            assertEquals(List.of(), TokenSettings.refusals(mode,
                    new Settings(PROVIDER, PROVIDER_KEYS, false, "refugio", "ES256", 900, 0, false)));
        }
    }
}
