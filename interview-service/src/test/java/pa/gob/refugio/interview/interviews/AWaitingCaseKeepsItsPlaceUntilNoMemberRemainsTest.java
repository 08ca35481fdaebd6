package pa.gob.refugio.interview.interviews;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static pa.gob.refugio.interview.interviews.AFullSiteKeepsFamiliesOnAWaitingListChildrenFirstTest.WEEKDAYS;
import static pa.gob.refugio.interview.interviews.AFullSiteKeepsFamiliesOnAWaitingListChildrenFirstTest.WEEKDAYS_ZERO;
import static pa.gob.refugio.interview.interviews.AFullSiteKeepsFamiliesOnAWaitingListChildrenFirstTest.newCode;
import static pa.gob.refugio.interview.interviews.AFullSiteKeepsFamiliesOnAWaitingListChildrenFirstTest.setCapacity;
import static pa.gob.refugio.interview.interviews.AFullSiteKeepsFamiliesOnAWaitingListChildrenFirstTest.waitingList;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.Topics;
import pa.gob.refugio.events.interview.CaseWaitlisted;
import pa.gob.refugio.events.interview.InterviewScheduled;
import pa.gob.refugio.events.registration.ApplicationAbandonedV2;
import pa.gob.refugio.events.registration.ApplicationRegistered;
import pa.gob.refugio.events.registration.ApplicationWithdrawnV2;
import pa.gob.refugio.testing.EventLog;
import pa.gob.refugio.testing.RealInfrastructureResource;

/**
 * Per-member withdrawal and departure (v2) meet the waiting list: while some members remain the case keeps its place
 * and only they are booked; when no member remains it leaves the list.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class,
        initArgs = @ResourceArg(name = "database", value = "interview"))
class AWaitingCaseKeepsItsPlaceUntilNoMemberRemainsTest {

    @Test
    void oneAdultWithdrawingKeepsTheCaseWaitingAndOnlyTheOtherIsBookedTheLastLeavingTakesItOff() {
        String code = newCode();
        String site = "Sede " + code;
        setCapacity(code, WEEKDAYS_ZERO.formatted(site)).statusCode(200);
        ApplicationRegistered family = Family.registeredAt(site);
        ApplicationRegistered other = Family.registeredAt(site);
        UUID staying = Family.adults(family).get(0);
        UUID leaving = Family.adults(family).get(1);
        Publish.event(family, site);
        Publish.event(other, site);
        try (EventLog log = EventLog.of(Topics.INTERVIEW)) {
            log.awaitOne(CaseWaitlisted.class, family.caseId());
            log.awaitOne(CaseWaitlisted.class, other.caseId());
        }

        Publish.event(new ApplicationWithdrawnV2(EventMetadata.create(ApplicationWithdrawnV2.class, family.caseId(),
                family.metadata().causing(), Instant.now()), List.of(leaving), LocalDate.now()), site);
        JsonPath list = awaitList(code, l -> l.getList("items.interviewsNeeded").equals(List.of(1, 2)));
        assertEquals(List.of(family.caseId().toString(), other.caseId().toString()), list.getList("items.caseId"),
                "the family keeps its place");

        List<UUID> everyoneOfTheOther = other.members().stream().map(ApplicationRegistered.Member::memberId).toList();
        Publish.event(new ApplicationAbandonedV2(EventMetadata.create(ApplicationAbandonedV2.class, other.caseId(),
                other.metadata().causing(), Instant.now()), everyoneOfTheOther, LocalDate.now(), "SNM"), site);
        awaitList(code, l -> l.getList("items.caseId").equals(List.of(family.caseId().toString())));

        setCapacity(code, WEEKDAYS.formatted(site, 2, 2, 2, 2, 2, 0)).statusCode(200)
                .body("bookedFromWaitingList", equalTo(1)).body("stillWaiting", equalTo(0));
        try (EventLog log = EventLog.of(Topics.INTERVIEW)) {
            assertEquals(staying, log.awaitOne(InterviewScheduled.class, family.caseId()).memberId());
        }
        assertEquals(1, Family.interviewsOf(family.caseId()).getList("interviewId").size());
    }

    private static JsonPath awaitList(String code, Predicate<JsonPath> condition) {
        long until = System.nanoTime() + 60_000_000_000L;
        JsonPath list = waitingList(code);
        while (!condition.test(list)) {
            if (System.nanoTime() > until) {
                fail("waiting list never matched: " + list.prettify());
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            list = waitingList(code);
        }
        return list;
    }
}
