package pa.gob.refugio.stack.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.stack.bench.BenchOptions.Fault;

class BenchOptionsTest {

    @Test
    void withoutOptionsItDrivesAHundredFamiliesWithEightClientsOnAnOwnStack() {
        BenchOptions o = BenchOptions.parse();
        assertEquals(100, o.families());
        assertEquals(8, o.clients());
        assertFalse(o.useRunning());
        assertTrue(o.faults().isEmpty());
        assertEquals(100, o.plainSqlRegistrations(), "as many plain-SQL registrations as families");
        assertEquals(0.1, o.rejectedShare());
    }

    @Test
    void readsEveryOptionWithASpaceOrAnEqualsSign() {
        BenchOptions o = BenchOptions.parse("--families", "10_000", "--clients=4", "--seed", "7", "--keep", "--warmup", "0",
                "--segment=500", "--plain-sql", "0", "--rejected=0.2", "--stall-timeout", "90s");
        assertEquals(10_000, o.families());
        assertEquals(4, o.clients());
        assertEquals(7, o.seed());
        assertTrue(o.keep());
        assertEquals(500, o.segment());
        assertEquals(0, o.plainSqlRegistrations());
        assertEquals(0.2, o.rejectedShare());
        assertEquals(Duration.ofSeconds(90), o.stallTimeout());
        assertEquals(0, o.warmup());
        assertEquals(1000, BenchOptions.parse("--families", "5000").registrationAlone());
        assertEquals(0, BenchOptions.parse("--registration-alone", "0").registrationAlone());
    }

    @Test
    void aTenthOfTheFamiliesWarmUpTheServicesAtMostTwoHundred() {
        assertEquals(10, BenchOptions.parse("--families", "100").warmup());
        assertEquals(200, BenchOptions.parse("--families", "10000").warmup());
    }

    @Test
    void thePlainSqlComparisonIsCappedAtFiveThousandUnlessAsked() {
        assertEquals(5000, BenchOptions.parse("--families", "150000").plainSqlRegistrations());
        assertEquals(20000, BenchOptions.parse("--families", "150000", "--plain-sql", "20000").plainSqlRegistrations());
    }

    @Test
    void faultsAreReadAndRepeatable() {
        BenchOptions o = BenchOptions.parse("--fault", "kafka-pause=90s", "--fault=db-restart", "--fault",
                "kill=documents");
        assertEquals(List.of(new Fault(Fault.Kind.KAFKA_PAUSE, Duration.ofSeconds(90), null),
                new Fault(Fault.Kind.DB_RESTART, Duration.ofSeconds(5), null),
                new Fault(Fault.Kind.KILL, Duration.ZERO, "documents-service")), o.faults());
        assertEquals("kafka-pause=90s", o.faults().get(0).toString());
        assertEquals(Duration.ofSeconds(60), BenchOptions.parse("--fault", "kafka-pause").faults().get(0).duration());
    }

    @Test
    void faultsNeedAnOwnStack() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BenchOptions.parse("--use-running", "--fault", "db-restart"));
        assertTrue(e.getMessage().contains("own stack"));
    }

    @Test
    void wrongInputIsNamed() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse("--families", "0"))
                .getMessage().contains("--families"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse("--families"))
                .getMessage().contains("needs a value"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse("--fault", "flood"))
                .getMessage().contains("unknown fault"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse("--bogus"))
                .getMessage().contains("unknown option"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse("--rejected", "2"))
                .getMessage().contains("share"));
    }

    @Test
    void durationsInShortOrIsoForm() {
        assertEquals(Duration.ofMillis(500), BenchOptions.duration("500ms"));
        assertEquals(Duration.ofMinutes(2), BenchOptions.duration("2m"));
        assertEquals(Duration.ofHours(1), BenchOptions.duration("1h"));
        assertEquals(Duration.ofSeconds(30), BenchOptions.duration("PT30S"));
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.duration("soon"));
    }
}
