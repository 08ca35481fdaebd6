package pa.gob.refugio.registration.partner.webhook;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The production behaviour: deliveries are sent right after the commit that queued them (off in other tests). */
public class SendAfterCommit implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("refugio.webhooks.send-after-commit", "true");
    }
}
