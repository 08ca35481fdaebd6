package pa.gob.refugio.interview.interviews;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.Topics;
import pa.gob.refugio.events.interview.CaseReadyForDecision;
import pa.gob.refugio.events.interview.InterviewCancelled;
import pa.gob.refugio.events.interview.InterviewScheduled;
import pa.gob.refugio.events.registration.ApplicationAbandonedV2;
import pa.gob.refugio.events.registration.ApplicationRegistered;
import pa.gob.refugio.events.registration.ApplicationWithdrawnV2;
import pa.gob.refugio.testing.EventLog;
import pa.gob.refugio.testing.RealInfrastructureResource;

/**
 * One adult's withdrawal or departure (v2, naming them) cancels that adult's open interviews only; the other adult's
 * stay, and once every adult still in the procedure is interviewed the case is ready for a decision.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class,
        initArgs = @ResourceArg(name = "database", value = "interview"))
class OneAdultLeavingCancelsOnlyTheirInterviewsTest {

    private static final Duration WAIT = Duration.ofSeconds(120);

    static InterviewScheduled of(List<InterviewScheduled> scheduled, UUID member) {
        return scheduled.stream().filter(s -> s.memberId().equals(member)).findFirst().orElseThrow();
    }

    @Test
    void theWithdrawnAdultsInterviewIsCancelledAndTheOtherAdultsCaseBecomesReady() {
        ApplicationRegistered registered = Family.registered();
        UUID staying = Family.adults(registered).get(0);
        UUID leaving = Family.adults(registered).get(1);
        Publish.event(registered);
        try (EventLog log = EventLog.of(Topics.INTERVIEW)) {
            List<InterviewScheduled> scheduled = log.await(InterviewScheduled.class, registered.caseId(), 2, WAIT);
            Family.complete(of(scheduled, staying).interviewId(), "Relato");

            Publish.event(new ApplicationWithdrawnV2(EventMetadata.create(ApplicationWithdrawnV2.class,
                    registered.caseId(), registered.metadata().causing(), Instant.now()), List.of(leaving),
                    LocalDate.now()));
            InterviewCancelled cancelled = log.awaitOne(InterviewCancelled.class, registered.caseId());
            assertEquals(of(scheduled, leaving).interviewId(), cancelled.interviewId());
            assertEquals(InterviewCancelled.Reason.APPLICATION_WITHDRAWN, cancelled.reason());
            CaseReadyForDecision ready = log.awaitOne(CaseReadyForDecision.class, registered.caseId());
            assertEquals(List.of(staying), ready.interviewedMemberIds());
        }
    }

    @Test
    void aDepartureOfOneAdultLeavesTheOtherAdultsInterviewScheduled() {
        ApplicationRegistered registered = Family.registered();
        UUID staying = Family.adults(registered).get(0);
        UUID departed = Family.adults(registered).get(1);
        Publish.event(registered);
        try (EventLog log = EventLog.of(Topics.INTERVIEW)) {
            List<InterviewScheduled> scheduled = log.await(InterviewScheduled.class, registered.caseId(), 2, WAIT);
            Publish.event(new ApplicationAbandonedV2(EventMetadata.create(ApplicationAbandonedV2.class,
                    registered.caseId(), registered.metadata().causing(), Instant.now()), List.of(departed),
                    LocalDate.now(), "SNM"));
            InterviewCancelled cancelled = log.awaitOne(InterviewCancelled.class, registered.caseId());
            assertEquals(departed, cancelled.memberId());
            assertEquals(InterviewCancelled.Reason.APPLICATION_ABANDONED, cancelled.reason());
            Family.complete(of(scheduled, staying).interviewId(), "Relato");
            assertEquals(List.of(staying),
                    log.awaitOne(CaseReadyForDecision.class, registered.caseId()).interviewedMemberIds());
        }
    }
}
