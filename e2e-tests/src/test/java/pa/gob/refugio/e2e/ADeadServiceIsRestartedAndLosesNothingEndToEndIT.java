package pa.gob.refugio.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pa.gob.refugio.e2e.Procedure.DOCUMENTS;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.events.decision.ApplicationAdmitted;
import pa.gob.refugio.events.decision.StatusRecognized;
import pa.gob.refugio.events.documents.ProvisionalIdIssued;
import pa.gob.refugio.events.documents.RefugeeDocumentIssued;
import pa.gob.refugio.events.interview.CaseReadyForDecision;
import pa.gob.refugio.stack.Stack;

/**
 * The stack's supervisor (issue 10, item 3): documents-service is killed as a crash would (SIGKILL) while the events
 * it must act on are pending, is started again by the stack with backoff, and every document appears exactly once.
 */
class ADeadServiceIsRestartedAndLosesNothingEndToEndIT {

    private static final Duration RESTARTED_WITHIN = Duration.ofMinutes(3);
    private static KafkaEvents events;

    @BeforeAll
    static void startStack() {
        events = new KafkaEvents(RunningStack.get().kafkaBootstrapServers());
    }

    @AfterAll
    static void closeEvents() {
        if (events != null) {
            events.close();
        }
    }

    @Test
    void documentsServiceKilledTwiceIsRestartedAndIssuesEveryDocumentOnce() {
        Stack stack = RunningStack.get();
        UUID caseId = UUID.fromString(Procedure.register(2, 1, LocalDate.now().minusDays(6), null)
                .getString("application.caseId"));
        Procedure.interviewEveryAdult(caseId, 2);
        events.await(CaseReadyForDecision.class, caseId, 1);
        int restartsBefore = stack.restarts(DOCUMENTS);

        // documents-service dies; the admission it must answer with three provisional IDs is taken meanwhile
        long firstPid = killAndAwaitDeath(stack);
        Procedure.admit(caseId);
        events.await(ApplicationAdmitted.class, caseId, 1);
        long secondPid = awaitReadyAgain(stack, firstPid);
        List<ProvisionalIdIssued> provisional = events.await(ProvisionalIdIssued.class, caseId, 3, RESTARTED_WITHIN);

        // it dies again right after the recognition, while the refugee documents are pending or being issued
        Procedure.recognise(caseId);
        events.await(StatusRecognized.class, caseId, 1);
        killAndAwaitDeath(stack);
        awaitReadyAgain(stack, secondPid);
        events.await(RefugeeDocumentIssued.class, caseId, 3, RESTARTED_WITHIN);

        assertEquals(restartsBefore + 2, stack.restarts(DOCUMENTS), "the stack started it again twice");
        List<Map<String, Object>> documents = Procedure.documents(caseId, 6);
        assertEquals(6, documents.size(), "three provisional IDs and three refugee documents: " + documents);
        assertEquals(3, documents.stream().filter(d -> "REFUGEE_DOCUMENT".equals(d.get("kind"))
                && "VALID".equals(d.get("status"))).count(), documents.toString());
        assertEquals(3, documents.stream().filter(d -> "PROVISIONAL_ID".equals(d.get("kind"))
                && "SUPERSEDED".equals(d.get("status"))).count(), documents.toString());
        assertEquals(3, provisional.stream().map(ProvisionalIdIssued::memberId).distinct().count());
        // a record may be delivered twice around a crash, always with the same event id: never a second document
        assertEquals(3, events.all(ProvisionalIdIssued.class, caseId).stream()
                .map(ProvisionalIdIssued::documentId).distinct().count());
        assertEquals(3, events.all(RefugeeDocumentIssued.class, caseId).stream()
                .map(RefugeeDocumentIssued::documentId).distinct().count());
    }

    private static long killAndAwaitDeath(Stack stack) {
        long pid = stack.processOf(DOCUMENTS).orElseThrow(() -> new AssertionError(DOCUMENTS + " is not running"))
                .pid();
        stack.killService(DOCUMENTS);
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (stack.processOf(DOCUMENTS).map(ProcessHandle::pid).orElse(-1L) == pid) {
            assertTrue(System.nanoTime() < until, "SIGKILL did not end " + DOCUMENTS);
            sleep(100);
        }
        return pid;
    }

    /** The supervisor started a new process and it answers its readiness check. Returns its pid. */
    private static long awaitReadyAgain(Stack stack, long deadPid) {
        long until = System.nanoTime() + RESTARTED_WITHIN.toNanos();
        while (true) {
            long pid = stack.processOf(DOCUMENTS).map(ProcessHandle::pid).orElse(deadPid);
            if (pid != deadPid && stack.isReady(DOCUMENTS)) {
                assertNotEquals(deadPid, pid);
                return pid;
            }
            assertTrue(System.nanoTime() < until, DOCUMENTS + " was not restarted within " + RESTARTED_WITHIN);
            sleep(250);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
