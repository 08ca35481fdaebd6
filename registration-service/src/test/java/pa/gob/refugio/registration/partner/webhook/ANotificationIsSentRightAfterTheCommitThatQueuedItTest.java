package pa.gob.refugio.registration.partner.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.registration.partner.referral.ReferralStatusChanged;
import pa.gob.refugio.testing.RealInfrastructureResource;

/** No 5-second poll: the sender runs after the commit; the sweep (send-every, off in tests) is for due retries. */
@QuarkusTest
@TestProfile(SendAfterCommit.class)
@WithTestResource(RealInfrastructureResource.class)
class ANotificationIsSentRightAfterTheCommitThatQueuedItTest {

    @Inject
    Event<ReferralStatusChanged> referralChanges;

    @Test
    void theReceiverGetsTheNotificationWithoutAnySenderRunOrSweep() {
        PartnerWebhooks hias = PartnerWebhooks.fresh("HIAS");
        try (Receiver receiver = Receiver.answering()) {
            JsonPath created = hias.subscribe(receiver.url());
            receiver.withSecret(created.getString("secret"));

            Referrals.fire(referralChanges, Referrals.change(hias.partner, "REGISTERED"));

            await(() -> receiver.received().size() == 1);
            assertTrue(receiver.received().get(0).signatureValid());
            await(() -> "DELIVERED".equals(hias.deliveries(created.getString("id")).getString("[0].status")));
        }
    }

    @Test
    void aTransactionThatRollsBackSendsNothing() throws InterruptedException {
        PartnerWebhooks nrc = PartnerWebhooks.fresh("NRC");
        try (Receiver receiver = Receiver.answering()) {
            String id = nrc.subscribe(receiver.url()).getString("id");
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    referralChanges.fire(Referrals.change(nrc.partner, "REGISTERED"));
                    throw new IllegalStateException("the change fails after queueing");
                });
            } catch (IllegalStateException expected) {
                // rolled back
            }
            Thread.sleep(1500);
            assertEquals(0, receiver.received().size());
            assertEquals(0, nrc.deliveries(id).getList("$").size());
        }
    }

    private static void await(BooleanSupplier condition) {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("condition not met within 30 s");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
