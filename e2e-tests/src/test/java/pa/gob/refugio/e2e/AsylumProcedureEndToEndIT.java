package pa.gob.refugio.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pa.gob.refugio.e2e.Procedure.APPEALS;
import static pa.gob.refugio.e2e.Procedure.DOCUMENTS;
import static pa.gob.refugio.e2e.RunningStack.as;
import static pa.gob.refugio.e2e.RunningStack.eventually;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.events.appeals.ReconsiderationFiled;
import pa.gob.refugio.events.appeals.ReconsiderationWindowOpenedV2;
import pa.gob.refugio.events.decision.ApplicationAdmitted;
import pa.gob.refugio.events.decision.StatusRecognized;
import pa.gob.refugio.events.documents.DocumentSuperseded;
import pa.gob.refugio.events.documents.ProvisionalIdIssued;
import pa.gob.refugio.events.documents.RefugeeDocumentIssued;
import pa.gob.refugio.events.interview.CaseReadyForDecision;
import pa.gob.refugio.events.interview.InterviewScheduled;
import pa.gob.refugio.events.registration.ApplicationRegistered;
import pa.gob.refugio.security.Roles;

/** The whole backend, five processes on a real PostgreSQL and Kafka, driven over HTTP as the institutions do. */
class AsylumProcedureEndToEndIT {

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
    void recognisedFamilyOfFourGetsProvisionalIdsThenRefugeeDocuments() {
        JsonPath registered = Procedure.register(2, 2, LocalDate.now().minusDays(30), null);
        UUID caseId = UUID.fromString(registered.getString("application.caseId"));
        Set<String> memberIds = Set.copyOf(registered.getList("application.members.memberId"));

        assertEquals(4, events.await(ApplicationRegistered.class, caseId, 1).get(0).members().size());
        assertEquals(2, events.await(InterviewScheduled.class, caseId, 2).size(), "one interview per adult");
        Procedure.interviewEveryAdult(caseId, 2);
        events.await(CaseReadyForDecision.class, caseId, 1);

        Procedure.admit(caseId);
        assertEquals(memberIds, Set.copyOf(events.await(ApplicationAdmitted.class, caseId, 1).get(0).memberIds()
                .stream().map(UUID::toString).toList()));
        List<ProvisionalIdIssued> provisional = events.await(ProvisionalIdIssued.class, caseId, 4);
        assertEquals(memberIds, provisional.stream().map(p -> p.memberId().toString()).collect(Collectors.toSet()));
        provisional.forEach(p -> assertEquals(lastDayOf(p.validFrom(), 6), p.validUntil(), "valid 6 months"));

        Procedure.recognise(caseId);
        events.await(StatusRecognized.class, caseId, 1);
        List<RefugeeDocumentIssued> refugee = events.await(RefugeeDocumentIssued.class, caseId, 4);
        refugee.forEach(d -> assertEquals(lastDayOf(d.validFrom(), 12), d.validUntil(), "valid 1 year"));
        assertEquals(4, events.await(DocumentSuperseded.class, caseId, 4).size());

        List<Map<String, Object>> documents = Procedure.documents(caseId, 8);
        assertEquals(4, documents.stream().filter(d -> "REFUGEE_DOCUMENT".equals(d.get("kind"))
                && "VALID".equals(d.get("status"))).count());
        assertEquals(4, documents.stream().filter(d -> "PROVISIONAL_ID".equals(d.get("kind"))
                && "SUPERSEDED".equals(d.get("status"))).count());

        Checkpoint.scan(refugee.get(0).documentNumber()).body("valid", org.hamcrest.Matchers.equalTo(true));
        Checkpoint.scan(provisional.get(0).documentNumber()).body("valid", org.hamcrest.Matchers.equalTo(false));
        // Exactly once: redeliveries and retries never duplicate a document.
        assertEquals(4, events.all(ProvisionalIdIssued.class, caseId).size());
        assertEquals(4, events.all(RefugeeDocumentIssued.class, caseId).size());
    }

    @Test
    void rejectedApplicantFilesAReconsiderationWithinItsWindow() {
        UUID caseId = UUID.fromString(Procedure.register(1, 0, LocalDate.now().minusDays(10), null)
                .getString("application.caseId"));
        Procedure.interviewEveryAdult(caseId, 1);
        Procedure.admit(caseId);
        events.await(ProvisionalIdIssued.class, caseId, 1);
        String rejection = Procedure.reject(caseId);
        Procedure.notifyResolution(rejection, LocalDate.now());

        ReconsiderationWindowOpenedV2 window = events.await(ReconsiderationWindowOpenedV2.class, caseId, 1).get(0);
        assertTrue(window.lastDay().isAfter(LocalDate.now()), "five business days from notification");
        Response filed = eventually(() -> as(Roles.ONPAR_REGISTRATION, APPEALS)
                        .body(Map.of("decisionId", rejection, "grounds", "Hechos nuevos sobre la persecución"))
                        .post("/api/v1/cases/" + caseId + "/reconsiderations"),
                r -> r.statusCode() != 404);
        assertEquals(201, filed.statusCode(), filed.asString());
        assertEquals(window.lastDay().toString(), filed.jsonPath().getString("deadline.lastDay"));
        events.await(ReconsiderationFiled.class, caseId, 1);
    }

    private static <E> long distinct(List<E> events, java.util.function.Function<E, Object> key) {
        return events.stream().map(key).distinct().count();
    }

    @Test
    void noEventIsLostWhileKafkaIsDown() throws InterruptedException {
        UUID caseId = UUID.fromString(Procedure.register(1, 1, LocalDate.now().minusDays(5), null)
                .getString("application.caseId"));
        Procedure.interviewEveryAdult(caseId, 1);
        events.await(CaseReadyForDecision.class, caseId, 1);
        Procedure.admit(caseId);
        events.await(ApplicationAdmitted.class, caseId, 1);

        RunningStack.get().stopKafka();
        long outageSeconds = Long.getLong("refugio.e2e.kafka-outage-seconds", 30);
        Thread.sleep(outageSeconds * 1000);
        // While the broker is away, decisions are still taken: their events wait in the outbox.
        Procedure.recognise(caseId);
        RunningStack.get().restartKafka();

        events.await(StatusRecognized.class, caseId, 1, java.time.Duration.ofMinutes(3));
        events.await(RefugeeDocumentIssued.class, caseId, 2, java.time.Duration.ofMinutes(3));
        List<Map<String, Object>> documents = Procedure.documents(caseId, 4);
        // Delivery is at least once: around an outage a record may be sent twice, always with the same event id,
        // and consumers skip it. What must hold is that every document exists exactly once.
        assertEquals(4, documents.size(), documents.toString());
        assertEquals(2, documents.stream().filter(d -> "REFUGEE_DOCUMENT".equals(d.get("kind"))).count());
        assertEquals(2, distinct(events.all(ProvisionalIdIssued.class, caseId), ProvisionalIdIssued::documentId));
        assertEquals(2, distinct(events.all(RefugeeDocumentIssued.class, caseId), RefugeeDocumentIssued::documentId));
        assertEquals(2, distinct(events.all(RefugeeDocumentIssued.class, caseId), e -> e.eventId()),
                "a resent record carries the same event id");
    }

    /**
     * The last day of a validity of {@code months} months from date to date (docs/services/documents-service.md
     * "Validity of documents"), restated here independently of procedure-rules: the day before the same date N months
     * later, or the last day of that month when it has no such date.
     */
    private static LocalDate lastDayOf(LocalDate first, int months) {
        LocalDate same = first.plusMonths(months);
        return same.getDayOfMonth() == first.getDayOfMonth() ? same.minusDays(1) : same;
    }
}
