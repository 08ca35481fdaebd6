package pa.gob.refugio.stack.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.stack.bench.EventMonitor.Seen;

/** The small pure pieces of measuring: event names, hop latencies, /proc parsing, fresh ids for plain SQL. */
class MeasurementsTest {

    private static final UUID CASE = UUID.randomUUID();
    private static final Instant T = Instant.parse("2026-11-30T17:00:00Z");

    private static Seen seen(String name, long millis) {
        return new Seen(CASE, name, T.plusMillis(millis), T.plusMillis(millis + 5), UUID.randomUUID().toString(),
                null, null, null, null, null);
    }

    @Test
    void anEventsNameIsItsCloudEventTypeWithoutPrefixAndVersion() {
        assertEquals("ReconsiderationWindowOpened", EventMonitor.name("pa.gob.refugio.ReconsiderationWindowOpened.v2"));
        assertEquals("ApplicationRegistered", EventMonitor.name("pa.gob.refugio.ApplicationRegistered.v1"));
    }

    @Test
    void aHopRunsFromTheLatestUpstreamEventBeforeEachDownstreamEvent() {
        List<Seen> events = List.of(seen("ApplicationRegistered", 0), seen("InterviewScheduled", 40),
                seen("InterviewScheduled", 45), seen("ApplicationAdmitted", 1000), seen("ProvisionalIdIssued", 1030),
                seen("ApplicationAdmitted", 2000), seen("ProvisionalIdIssued", 2010));
        Map<Hops.Hop, Samples> hops = Hops.measure(List.of(events));
        Samples booked = hops.get(Hops.ALL.get(0));
        assertEquals(2, booked.count());
        assertEquals(45_000, booked.max());
        Samples issued = hops.get(Hops.ALL.stream().filter(h -> h.downstream().equals("ProvisionalIdIssued"))
                .findFirst().orElseThrow());
        assertEquals(2, issued.count());
        assertEquals(30_000, issued.max(), "each from the admission just before it");
        assertEquals(5_000, Hops.delivery(List.of(events)).max());
    }

    @Test
    void cpuTimeIsUserPlusSystemTicksEvenWithSpacesInTheCommandName() {
        String stat = "4242 (java main thread) S 1 4242 4242 0 -1 4194560 91510 0 19 0 1234 567 0 0 20 0 45 0 "
                + "1234567 4000000000 80000 18446744073709551615 1 1 0 0 0 0 0 4096 17630 0 0 0 17 1 0 0 0 0 0";
        assertEquals(1234 + 567, ResourceSampler.cpuTicksOfStatLine(stat));
    }

    @Test
    void thePlainSqlRowsGetFreshIdsConsistentWithinARegistration() {
        UUID application = UUID.randomUUID();
        Map<Object, Object> fresh = new HashMap<>();
        Object a1 = PlainSqlComparison.renew(application, false, 1, fresh);
        Object a2 = PlainSqlComparison.renew(application, false, 1, fresh);
        assertEquals(a1, a2, "the member's application_id follows the application's new id");
        assertNotEquals(application, a1);
        Object asText = PlainSqlComparison.renew(application.toString(), false, 1, fresh);
        assertNotEquals(application.toString(), asText);
        assertEquals("2026-000123-7", PlainSqlComparison.renew("2026-000123", true, 7, fresh));
        assertEquals("ONPAR Balboa", PlainSqlComparison.renew("ONPAR Balboa", false, 7, fresh));
        assertEquals(3, PlainSqlComparison.renew(3, true, 7, fresh));
    }
}
