package pa.gob.refugio.stack.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportTest {

    static Results results(double registrationsPerSecond, double familiesPerSecond, double hopP99, double idleRss,
                           List<String> broken) {
        Results.Run run = new Results.Run("2026-11-30T17:00:00Z", "abc1234", 2, 23.5, "6.18", "17.0.15",
                "own stack, Stack.Mode.DURABLE, free ports", 1000, 8, 1, 6, 0.1, List.of("db-restart"),
                "stopping PostgreSQL; PostgreSQL started again");
        Results.Throughput t = new Results.Throughput(1000, 1000, 40, familiesPerSecond, 1000, 5,
                registrationsPerSecond, new Samples.Summary(1000, 20, 80, 120), 12_000, 3);
        List<Results.Hop> hops = List.of(
                new Results.Hop("ApplicationRegistered → InterviewScheduled", "books", true,
                        new Samples.Summary(1600, 30, hopP99, hopP99 + 10)),
                new Results.Hop("CaseReadyForDecision → ApplicationAdmitted", "driver", false,
                        new Samples.Summary(1000, 300, 900, 1000)));
        List<Results.ServiceCost> services = List.of(new Results.ServiceCost("registration-service", 100, 100,
                idleRss, 400, 10, 60, 50));
        Results.Comparison plain = new Results.Comparison(1000, 0.5, 2000, Map.of("application", 1, "member", 3),
                registrationsPerSecond / 2000);
        Checks.Outcome outcome = new Checks.Outcome(1000, broken.isEmpty() ? 1000 : 999, 1000, 0, 0, 0, broken);
        return new Results(run, t, new Results.RegistrationAlone(1000, 1000 / registrationsPerSecond,
                registrationsPerSecond, new Samples.Summary(1000, 15, 60, 90)), hops, new Samples.Summary(20000, 5, 50, 90),
                List.of(new Results.Segment(1, 1000, familiesPerSecond, registrationsPerSecond)), services, plain,
                outcome, Map.of("ApplicationRegistered", 1000L));
    }

    @Test
    void theTableStatesTheMachineTheCommitAndEachTargetMetOrNot() {
        String md = Report.markdown(results(250, 25, 80, 150, List.of()));
        assertTrue(md.contains("| commit | abc1234 |"), md);
        assertTrue(md.contains("| machine | 2 cores, 23.5 GB, Linux 6.18, Java 17.0.15 |"), md);
        assertTrue(md.contains("| faults | db-restart — stopping PostgreSQL; PostgreSQL started again |"), md);
        assertTrue(md.contains("| registration (alone) | ≥ 200 families/s | 250/s | met |"), md);
        assertTrue(md.contains("| registration alone | 250 registrations/s (1000 in 4.00 s; call p50 15.0 ms,"), md);
        assertTrue(md.contains("| whole procedure | ≥ 30 families/s | 25.0/s | not met |"), md);
        assertTrue(md.contains("| ≤ 100 ms | 80.0 ms | met |"), md);
        assertTrue(md.contains("| idle RSS per service (largest) | ≤ 200 MB | 150 MB | met |"), md);
        assertTrue(md.contains("| API ÷ plain SQL | 12.5 % |"), md);
        assertTrue(md.contains("| ApplicationRegistered → InterviewScheduled | books | 1600 | 30.0 | 80.0 | 90.0 |"),
                md);
        assertTrue(md.contains("| 1–1000 | 25.0 | 250 |"), md);
        assertTrue(md.contains("| verdict | PASSED |"), md);
    }

    @Test
    void theWorstHopCountsOnlyHopsWithoutTheDriversCallInside() {
        Results r = results(100, 10, 150, 250, List.of());
        Results.Target hop = r.targets().get(2);
        assertEquals("150 ms", hop.measured());
        assertFalse(hop.met());
        assertFalse(r.targets().get(3).met(), "250 MB idle");
    }

    @Test
    void aBrokenAssertionIsNamedInTheVerdict() {
        String md = Report.markdown(results(100, 10, 50, 150, List.of("1 of 1000 families did not reach their end")));
        assertTrue(md.contains("| verdict | FAILED: 1 of 1000 families did not reach their end |"), md);
        assertTrue(md.contains("| families at their expected end | 999 of 1000 (lost: 1) |"), md);
    }

    @Test
    void theJsonHoldsTheResultsTheTargetsAndTheVerdict() throws Exception {
        JsonNode json = Api.JSON.readTree(Report.json(results(250, 25, 80, 150, List.of())));
        assertTrue(json.get("passed").asBoolean());
        assertEquals(4, json.get("targets").size());
        assertEquals(250.0, json.at("/results/throughput/registrationsPerSecond").asDouble());
        assertEquals("abc1234", json.at("/results/run/commit").asText());
        assertEquals(80.0, json.at("/results/hops/0/latency/p99Ms").asDouble());
    }
}
