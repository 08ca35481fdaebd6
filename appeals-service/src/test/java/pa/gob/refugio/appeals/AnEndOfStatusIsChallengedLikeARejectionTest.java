package pa.gob.refugio.appeals;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.Topics;
import pa.gob.refugio.events.appeals.ReconsiderationWindowOpenedV2;
import pa.gob.refugio.events.decision.ResolutionNotified.ResolutionKind;
import pa.gob.refugio.events.decision.ResolutionNotifiedV2;
import pa.gob.refugio.testing.EventLog;
import pa.gob.refugio.testing.RealInfrastructureResource;

/** The notified end of a status opens the same reconsideration window as a rejection, for its members. */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "appeals"))
class AnEndOfStatusIsChallengedLikeARejectionTest {

    @Test
    void theNotifiedEndOpensTheReconsiderationWindowForItsMembers() {
        UUID caseId = UUID.randomUUID();
        UUID endId = UUID.randomUUID();
        UUID member = UUID.randomUUID();
        // notified Monday 2 February 2026: last day Monday 9 February (five business days), as for a rejection
        LocalDate notifiedOn = LocalDate.of(2026, 2, 2);
        try (EventLog log = EventLog.of(Topics.APPEALS)) {
            Publish.event(new ResolutionNotifiedV2(EventMetadata.create(ResolutionNotifiedV2.class, caseId, pa.gob.refugio.events.Trace.start(),
                    java.time.Instant.now()), endId, List.of(member), ResolutionKind.STATUS_ENDED, notifiedOn,
                    "IN_PERSON"));
            ReconsiderationWindowOpenedV2 opened = log.awaitOne(ReconsiderationWindowOpenedV2.class, caseId);
            assertEquals(endId, opened.decisionId());
            assertEquals(List.of(member), opened.memberIds());
            assertEquals(LocalDate.of(2026, 2, 9), opened.lastDay());
        }
    }
}
