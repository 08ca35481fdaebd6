package pa.gob.refugio.interview.interviews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.Topics;
import pa.gob.refugio.events.interview.CaseWaitlisted;
import pa.gob.refugio.events.interview.InterviewScheduled;
import pa.gob.refugio.events.registration.ApplicationRegistered;
import pa.gob.refugio.events.registration.ApplicationRegistered.FamilyRole;
import pa.gob.refugio.events.registration.MemberAdded;
import pa.gob.refugio.testing.EventLog;
import pa.gob.refugio.testing.RealInfrastructureResource;

/**
 * A member added to a registered family (MemberAdded, issue 13): an adult gets an individual interview of their own;
 * a child none; the same event twice changes nothing.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class,
        initArgs = @ResourceArg(name = "database", value = "interview"))
class AnAdultAddedToTheFamilyGetsAnInterviewAndAChildNoneTest {

    private static final Duration WAIT = Duration.ofSeconds(120);

    private static MemberAdded added(ApplicationRegistered registered, FamilyRole role, boolean adult,
                                     MemberAdded.Reason reason) {
        return new MemberAdded(EventMetadata.create(MemberAdded.class, registered.caseId(),
                registered.metadata().causing(), Instant.now()), UUID.randomUUID(), role, adult, false, false, reason,
                adult ? null : registered.members().get(0).memberId());
    }

    @Test
    void theAddedAdultIsInterviewedAndTheNewbornIsNot() {
        ApplicationRegistered registered = Family.registered();
        Publish.event(registered);
        try (EventLog log = EventLog.of(Topics.INTERVIEW)) {
            log.await(InterviewScheduled.class, registered.caseId(), 2, WAIT);
            MemberAdded newborn = added(registered, FamilyRole.CHILD, false, MemberAdded.Reason.BIRTH);
            MemberAdded relative = added(registered, FamilyRole.OTHER_DEPENDANT, true,
                    MemberAdded.Reason.FAMILY_REUNIFICATION);
            Publish.event(newborn);
            Publish.event(relative);
            Publish.event(relative); // a replay: deduplicated
            List<InterviewScheduled> scheduled = log.await(InterviewScheduled.class, registered.caseId(), 3, WAIT);
            assertTrue(scheduled.stream().anyMatch(s -> s.memberId().equals(relative.memberId())));
            assertTrue(scheduled.stream().noneMatch(s -> s.memberId().equals(newborn.memberId())));
        }
        assertEquals(3, Family.interviewsOf(registered.caseId()).getList("interviewId").size());
    }

    @Test
    void anAdultAddedWhenTheSiteIsFullWaitsAndOnlyTheyAreBookedWhenASlotFrees() {
        String code = AFullSiteKeepsFamiliesOnAWaitingListChildrenFirstTest.newCode();
        String site = "Sede " + code;
        AFullSiteKeepsFamiliesOnAWaitingListChildrenFirstTest.setCapacity(code,
                AFullSiteKeepsFamiliesOnAWaitingListChildrenFirstTest.WEEKDAYS.formatted(site, 8, 8, 8, 8, 8, 0))
                .statusCode(200);
        ApplicationRegistered registered = Family.registeredAt(site);
        Publish.event(registered, site);
        try (EventLog log = EventLog.of(Topics.INTERVIEW)) {
            log.await(InterviewScheduled.class, registered.caseId(), 2, WAIT);
            AFullSiteKeepsFamiliesOnAWaitingListChildrenFirstTest.setCapacity(code,
                    AFullSiteKeepsFamiliesOnAWaitingListChildrenFirstTest.WEEKDAYS_ZERO.formatted(site))
                    .statusCode(200);
            MemberAdded relative = added(registered, FamilyRole.SPOUSE_OR_PARTNER, true,
                    MemberAdded.Reason.FAMILY_REUNIFICATION);
            Publish.event(relative, site);
            CaseWaitlisted waits = log.awaitOne(CaseWaitlisted.class, registered.caseId());
            assertEquals(1, waits.interviewsNeeded());

            AFullSiteKeepsFamiliesOnAWaitingListChildrenFirstTest.setCapacity(code,
                    AFullSiteKeepsFamiliesOnAWaitingListChildrenFirstTest.WEEKDAYS.formatted(site, 8, 8, 8, 8, 8, 0))
                    .statusCode(200);
            List<InterviewScheduled> scheduled = log.await(InterviewScheduled.class, registered.caseId(), 3, WAIT);
            assertEquals(1, scheduled.stream().filter(s -> s.memberId().equals(relative.memberId())).count());
        }
        assertEquals(3, Family.interviewsOf(registered.caseId()).getList("interviewId").size());
    }
}
