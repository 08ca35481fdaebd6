package pa.gob.refugio.appeals;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.appeals.challenge.LapseJob;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.Topics;
import pa.gob.refugio.events.Trace;
import pa.gob.refugio.events.appeals.ChallengeWindowLapsed;
import pa.gob.refugio.events.appeals.ChallengeWindowLapsedV2;
import pa.gob.refugio.events.appeals.ReconsiderationWindowOpened;
import pa.gob.refugio.events.appeals.ReconsiderationWindowOpenedV2;
import pa.gob.refugio.events.decision.ResolutionNotified.ResolutionKind;
import pa.gob.refugio.events.decision.ResolutionNotifiedV2;
import pa.gob.refugio.testing.EventLog;
import pa.gob.refugio.testing.RealInfrastructureResource;

/**
 * A rejection of one adult of a family: the window opened by its notification (v2) names that adult only, and so does
 * its lapse. A v1 notification whose members were never named keeps publishing v1, so nothing is lost.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "appeals"))
class WindowsNameTheMembersTheyConcernTest {

    @Inject
    LapseJob lapseJob;

    @Test
    void aNotificationNamingOneAdultOpensAndLapsesAWindowForThatAdultOnly() {
        UUID caseId = UUID.randomUUID();
        UUID decisionId = UUID.randomUUID();
        UUID rejectedAdult = UUID.randomUUID();
        try (EventLog log = EventLog.of(Topics.APPEALS)) {
            // notified Monday 2 February 2026: last day Monday 9 February, long past
            Publish.event(new ResolutionNotifiedV2(EventMetadata.create(ResolutionNotifiedV2.class, caseId,
                    Trace.start(), Instant.now()), decisionId, List.of(rejectedAdult), ResolutionKind.REJECTED,
                    LocalDate.of(2026, 2, 2), "IN_PERSON"));
            ReconsiderationWindowOpenedV2 opened = log.awaitOne(ReconsiderationWindowOpenedV2.class, caseId);
            assertEquals(List.of(rejectedAdult), opened.memberIds());
            assertEquals(LocalDate.of(2026, 2, 9), opened.lastDay());

            lapseJob.lapseOverdueWindows();
            ChallengeWindowLapsedV2 lapsed = log.awaitOne(ChallengeWindowLapsedV2.class, caseId);
            assertEquals(List.of(rejectedAdult), lapsed.memberIds());
            assertEquals(decisionId, lapsed.decisionId());
            assertEquals(ChallengeWindowLapsed.Window.RECONSIDERATION, lapsed.window());
        }
    }

    @Test
    void aVersionOneNotificationOfAnUnknownDecisionStillOpensItsWindow() {
        UUID caseId = UUID.randomUUID();
        try (EventLog log = EventLog.of(Topics.APPEALS)) {
            Publish.event(Publish.notified(caseId, UUID.randomUUID(), ResolutionKind.NOT_ADMITTED, Publish.today()));
            log.awaitOne(ReconsiderationWindowOpened.class, caseId);
        }
    }
}
