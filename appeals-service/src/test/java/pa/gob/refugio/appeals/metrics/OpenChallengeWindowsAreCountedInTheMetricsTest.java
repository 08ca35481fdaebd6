package pa.gob.refugio.appeals.metrics;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.appeals.Publish;
import pa.gob.refugio.events.Topics;
import pa.gob.refugio.events.appeals.ReconsiderationWindowOpened;
import pa.gob.refugio.events.decision.ResolutionNotified.ResolutionKind;
import pa.gob.refugio.testing.EventLog;
import pa.gob.refugio.testing.RealInfrastructureResource;

/** The business gauges of appeals-service at /q/metrics (no token), from the real database. */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "appeals"))
class OpenChallengeWindowsAreCountedInTheMetricsTest {

    @Inject
    ChallengeWindowGauges gauges;

    @Test
    void aRejectionNotifiedTodayOpensAWindowTheGaugeCounts() {
        gauges.refresh();
        double before = value(metrics(), "refugio_challenge_windows_open", "RECONSIDERATION");
        UUID caseId = UUID.randomUUID();
        try (EventLog log = EventLog.of(Topics.APPEALS)) {
            Publish.event(Publish.notified(caseId, UUID.randomUUID(), ResolutionKind.REJECTED, Publish.today()));
            log.awaitOne(ReconsiderationWindowOpened.class, caseId);
        }
        gauges.refresh(); // as the refresher does every 30 s
        String text = metrics();
        assertTrue(value(text, "refugio_challenge_windows_open", "RECONSIDERATION") >= before + 1, text);
        assertTrue(text.contains("refugio_challenge_windows_open{kind=\"APPEAL\"}"), "every kind, at 0 if none");
        assertTrue(text.contains("refugio_challenge_windows_lapsing_today{kind=\"RECONSIDERATION\"}"));
        assertTrue(text.contains("refugio_outbox_pending "));
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private static double value(String text, String name, String kind) {
        Matcher m = Pattern.compile("^" + name + "\\{kind=\"" + kind + "\"\\} (\\S+)$", Pattern.MULTILINE).matcher(text);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
