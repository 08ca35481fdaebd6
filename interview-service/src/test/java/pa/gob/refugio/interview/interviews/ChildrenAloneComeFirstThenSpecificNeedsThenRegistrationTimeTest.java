package pa.gob.refugio.interview.interviews;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.interview.interviews.Priority.MemberFacts;

class ChildrenAloneComeFirstThenSpecificNeedsThenRegistrationTimeTest {

    private static final MemberFacts ADULT = new MemberFacts(false, false);
    private static final MemberFacts ADULT_WITH_NEEDS = new MemberFacts(false, true);
    private static final MemberFacts CHILD_ALONE = new MemberFacts(true, false);

    @Test
    void aCaseWithAnUnaccompaniedOrSeparatedChildIsAChildAloneCaseWhateverElseItHolds() {
        assertEquals(Priority.CHILD_ALONE, Priority.of(List.of(CHILD_ALONE)));
        assertEquals(Priority.CHILD_ALONE, Priority.of(List.of(ADULT_WITH_NEEDS, CHILD_ALONE)));
        assertEquals(Priority.SPECIFIC_NEEDS, Priority.of(List.of(ADULT, ADULT_WITH_NEEDS)));
        assertEquals(Priority.STANDARD, Priority.of(List.of(ADULT, ADULT)));
        assertEquals(Priority.STANDARD, Priority.of(List.of()));
    }

    @Test
    void onlyChildrenAloneMayTakeTheSlotsHeldForThem() {
        assertEquals(List.of(true, false, false), List.of(Priority.CHILD_ALONE.mayTakeChildrenSlots(),
                Priority.SPECIFIC_NEEDS.mayTakeChildrenSlots(), Priority.STANDARD.mayTakeChildrenSlots()));
    }

    @Test
    void theWaitingListIsOrderedByPriorityThenRegistrationTime() {
        Instant nine = Instant.parse("2026-03-09T14:00:00Z");
        var earlyAdults = entry(Priority.STANDARD, nine);
        var lateAdults = entry(Priority.STANDARD, nine.plusSeconds(3600));
        var needs = entry(Priority.SPECIFIC_NEEDS, nine.plusSeconds(7200));
        var childYesterday = entry(Priority.CHILD_ALONE, nine.minusSeconds(86_400));
        var childLast = entry(Priority.CHILD_ALONE, nine.plusSeconds(9000));

        List<WaitingOrder.Entry> ordered = List.of(lateAdults, childLast, earlyAdults, needs, childYesterday).stream()
                .sorted(WaitingOrder.FIRST_SERVED_FIRST).toList();

        assertEquals(List.of(childYesterday, childLast, needs, earlyAdults, lateAdults), ordered);
    }

    private static WaitingOrder.Entry entry(Priority p, Instant registeredAt) {
        return new WaitingOrder.Entry(UUID.randomUUID(), p, registeredAt);
    }
}
