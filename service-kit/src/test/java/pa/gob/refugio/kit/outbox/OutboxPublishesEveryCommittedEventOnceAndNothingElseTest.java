package pa.gob.refugio.kit.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.events.Topics;
import pa.gob.refugio.events.interview.CaseReadyForDecision;
import pa.gob.refugio.testing.EventLog;
import pa.gob.refugio.testing.RealInfrastructureResource;

@QuarkusTest
@WithTestResource(RealInfrastructureResource.class)
class OutboxPublishesEveryCommittedEventOnceAndNothingElseTest {

    @Inject
    SampleUseCase useCase;
    @Inject
    OutboxRelay relay;
    @Inject
    OutboxStore store;

    @Test
    void twoRelaysRacingPublishEachEventExactlyOnceAndInOrderPerCase() throws Exception {
        List<UUID> cases = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        List<UUID> expected = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            expected.add(useCase.change(cases.get(i % cases.size()), false).eventId());
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Callable<Integer> drain = relay::drain;
        List<Future<Integer>> runs = pool.invokeAll(List.of(drain, drain, drain, drain));
        pool.shutdown();
        int published = 0;
        for (Future<Integer> run : runs) {
            published += run.get();
        }
        published += relay.drain();
        assertEquals(60, published, "every committed event relayed once in total");
        assertEquals(0, store.backlog().pending());

        try (EventLog log = EventLog.of(Topics.INTERVIEW)) {
            Map<UUID, List<UUID>> seenPerCase = new java.util.HashMap<>();
            for (UUID caseId : cases) {
                List<CaseReadyForDecision> events = log.await(CaseReadyForDecision.class, caseId, 20, Duration.ofSeconds(30));
                seenPerCase.put(caseId, events.stream().map(e -> e.eventId()).toList());
            }
            Set<UUID> all = new HashSet<>();
            seenPerCase.values().forEach(all::addAll);
            assertEquals(60, all.size(), "no duplicates on the topic");
            for (UUID caseId : cases) {
                List<UUID> inCommitOrder = expected.stream()
                        .filter(id -> seenPerCase.get(caseId).contains(id)).collect(Collectors.toList());
                assertEquals(inCommitOrder, seenPerCase.get(caseId), "a case's events keep their order");
            }
        }
    }

    @Test
    void aRolledBackUseCaseLeavesNoEvent() {
        UUID caseId = UUID.randomUUID();
        assertThrows(IllegalStateException.class, () -> useCase.change(caseId, true));
        assertEquals(0, store.backlog().pending());
        relay.drain();
        try (EventLog log = EventLog.of(Topics.INTERVIEW)) {
            UUID committed = useCase.change(UUID.randomUUID(), false).eventId();
            relay.drain();
            log.awaitMatching(CaseReadyForDecision.class, e -> e.eventId().equals(committed), 1, Duration.ofSeconds(30));
            assertTrue(log.matching(CaseReadyForDecision.class, e -> e.caseId().equals(caseId)).isEmpty());
        }
    }
}
