package pa.gob.refugio.registration.partner.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.registration.partner.referral.ReferralStatusChanged;
import pa.gob.refugio.testing.RealInfrastructureResource;

/**
 * {@code localhost} is on the test allow-list (a name the partner may subscribe), but only {@code 127.0.0.1} is a
 * test host allowed to resolve to loopback: a delivery to {@code localhost}, which resolves to 127.0.0.1 (or ::1),
 * is refused at connect time as an internal address would be in production, and the log says only that.
 */
@QuarkusTest
@WithTestResource(RealInfrastructureResource.class)
class AnAllowListedHostThatResolvesToAnInternalAddressReceivesNothingTest {

    @Inject
    Event<ReferralStatusChanged> referralChanges;
    @Inject
    WebhookSender sender;

    @Test
    void theDeliveryIsRefusedAtConnectTimeAndThePartnerSeesTargetNotAllowedOnly() {
        PartnerWebhooks hias = PartnerWebhooks.fresh("HIAS");
        try (Receiver receiver = Receiver.answering()) {
            String url = receiver.url().replace("127.0.0.1", "localhost");
            String id = hias.subscribe(url).getString("id");
            Referrals.fire(referralChanges, Referrals.change(hias.partner, "REGISTERED"));

            sender.sendDue();

            assertEquals(0, receiver.received().size(), "nothing reached the internal address");
            JsonPath log = hias.deliveries(id);
            assertEquals("PENDING", log.getString("[0].status"), "retried: DNS may be fixed by the partner");
            assertNull(log.get("[0].attempts[0].statusCode"));
            assertEquals("target-not-allowed", log.getString("[0].attempts[0].error"));
            assertEquals("target-not-allowed", log.getString("[0].attempts[0].outcome"));
            assertTrue(!log.prettify().contains("127.0.0.1") && !log.prettify().contains("loopback"),
                    "no address or reason shown to the partner: " + log.prettify());
        }
    }
}
