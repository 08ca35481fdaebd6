package pa.gob.refugio.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pa.gob.refugio.e2e.Procedure.APPEALS;
import static pa.gob.refugio.e2e.Procedure.DECISION;
import static pa.gob.refugio.e2e.Procedure.REGISTRATION;
import static pa.gob.refugio.e2e.RunningStack.as;
import static pa.gob.refugio.e2e.RunningStack.eventually;

import io.restassured.response.Response;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.events.appeals.ChallengeWindowLapsedV2;
import pa.gob.refugio.events.appeals.ChallengeWindowReinstated;
import pa.gob.refugio.events.appeals.ReconsiderationFiled;
import pa.gob.refugio.events.appeals.ReconsiderationWindowOpenedV2;
import pa.gob.refugio.events.decision.ApplicationNotAdmittedV2;
import pa.gob.refugio.events.decision.BackDatedEntryHeld;
import pa.gob.refugio.events.decision.FinalRejectionReversed;
import pa.gob.refugio.events.decision.RejectionBecameFinal;
import pa.gob.refugio.events.decision.RejectionBecameFinalV2;
import pa.gob.refugio.events.decision.ResolutionNotifiedV2;
import pa.gob.refugio.events.decision.StatusRejected;
import pa.gob.refugio.events.documents.DocumentReinstated;
import pa.gob.refugio.events.documents.DocumentRevoked;
import pa.gob.refugio.events.documents.ProvisionalIdIssued;
import pa.gob.refugio.security.Roles;

/**
 * Issue 8, item 2 over the five packaged services: legal dates one officer cannot turn against a person. A
 * non-admission (or rejection) and its notification dated thirty days back by one officer change nothing until a
 * second officer confirms them; a reconsideration received on paper on the window's last day and keyed in after the
 * lapse is accepted with its receipt, and the provisional IDs the lapse revoked come back.
 */
class LegalDatesNeedASecondOfficerEndToEndIT {

    private static final LocalDate MONTH_AGO = LocalDate.now().minusDays(30);
    /** The lapse job runs every 2 s in the e2e stack: a few runs pass in this time. */
    private static final Duration SEVERAL_LAPSE_RUNS = Duration.ofSeconds(8);

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

    private static UUID interviewedCase(int adults) {
        UUID caseId = UUID.fromString(Procedure.register(adults, 0, LocalDate.now().minusDays(60), null)
                .getString("application.caseId"));
        Procedure.interviewEveryAdult(caseId, adults);
        return caseId;
    }

    private static void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Response notifyAsOneOfficer(String decisionId, LocalDate on) {
        return as(Roles.ONPAR_ELIGIBILITY, DECISION)
                .body(Map.of("notifiedOn", on.toString(), "channel", "IN_PERSON", "acknowledged", true))
                .post("/api/v1/decisions/" + decisionId + "/notification");
    }

    @Test
    void aBackDatedNonAdmissionAndItsNotificationByOneOfficerChangeNothingUntilASecondOfficerConfirms() {
        UUID caseId = interviewedCase(1);
        Response held = eventually(() -> as(Roles.ONPAR_ELIGIBILITY, DECISION)
                        .body(Map.of("outcome", "NOT_ADMITTED", "ground", "MANIFESTLY_UNFOUNDED",
                                "reasons", "Relato sin relación con la protección internacional",
                                "decidedOn", MONTH_AGO.toString()))
                        .post("/api/v1/cases/" + caseId + "/admissibility"),
                r -> r.statusCode() != 409 && r.statusCode() != 404);
        assertEquals(202, held.statusCode(), held.asString());
        assertEquals("AWAITING_CONFIRMATION", held.jsonPath().getString("status"));
        events.await(BackDatedEntryHeld.class, caseId, 1);
        pause(SEVERAL_LAPSE_RUNS);
        assertEquals(List.of(), events.all(ApplicationNotAdmittedV2.class, caseId), "no decision in effect");
        assertEquals("READY_FOR_ADMISSIBILITY", as(Roles.ONPAR_ELIGIBILITY, DECISION).get("/api/v1/cases/" + caseId)
                .jsonPath().getString("status"));

        Response same = as(Roles.ONPAR_ELIGIBILITY, DECISION)
                .post("/api/v1/back-dated-entries/" + held.jsonPath().getString("entryId") + "/confirmation");
        assertEquals(403, same.statusCode(), same.asString());
        assertTrue(same.jsonPath().getString("type").endsWith("second-officer-needed"), same.asString());
        String decisionId = SecondOfficer.confirm(held, Roles.ONPAR_ELIGIBILITY, DECISION)
                .jsonPath().getString("decisionId");
        events.await(ApplicationNotAdmittedV2.class, caseId, 1);

        Response heldNotification = notifyAsOneOfficer(decisionId, MONTH_AGO);
        assertEquals(202, heldNotification.statusCode(), heldNotification.asString());
        pause(SEVERAL_LAPSE_RUNS);
        assertEquals(List.of(), events.all(ResolutionNotifiedV2.class, caseId), "not notified yet");
        assertEquals(List.of(), events.all(ReconsiderationWindowOpenedV2.class, caseId), "no window");
        assertEquals(List.of(), events.all(ChallengeWindowLapsedV2.class, caseId), "no lapse");
        assertEquals(List.of(), events.all(RejectionBecameFinalV2.class, caseId), "no final rejection");
        assertEquals(0, as(Roles.ONPAR_ELIGIBILITY, APPEALS).get("/api/v1/cases/" + caseId + "/challenges")
                .jsonPath().getList("windows").size());

        // Confirmed by a second officer, the dates take effect: the window opened a month ago has run out.
        SecondOfficer.confirm(heldNotification, Roles.ONPAR_ELIGIBILITY, DECISION);
        events.await(ReconsiderationWindowOpenedV2.class, caseId, 1);
        assertEquals(RejectionBecameFinal.Cause.RECONSIDERATION_WINDOW_LAPSED,
                events.await(RejectionBecameFinalV2.class, caseId, 1).get(0).cause());
    }

    @Test
    void aPaperFilingKeyedInAfterTheLapseIsAcceptedWithItsReceiptAndTheProvisionalIdsComeBack() {
        UUID caseId = interviewedCase(1);
        Procedure.admit(caseId);
        events.await(ProvisionalIdIssued.class, caseId, 1);

        // One CONARE member's rejection and one officer's notification, a month back: nothing happens.
        Response heldRejection = eventually(() -> as(Roles.CONARE, DECISION)
                        .body(Map.of("outcome", "REJECTED", "decidedOn", MONTH_AGO.toString(),
                                "reasons", "No se acreditan los elementos de la definición"))
                        .post("/api/v1/cases/" + caseId + "/eligibility"),
                r -> r.statusCode() != 409 && r.statusCode() != 404);
        assertEquals(202, heldRejection.statusCode(), heldRejection.asString());
        pause(SEVERAL_LAPSE_RUNS);
        assertEquals(List.of(), events.all(StatusRejected.class, caseId));
        assertTrue(Procedure.documents(caseId, 1).stream().allMatch(d -> "VALID".equals(d.get("status"))),
                "documents untouched");

        String rejection = SecondOfficer.confirm(heldRejection, Roles.CONARE, DECISION)
                .jsonPath().getString("decisionId");
        SecondOfficer.confirm(notifyAsOneOfficer(rejection, MONTH_AGO), Roles.ONPAR_ELIGIBILITY, DECISION);
        ReconsiderationWindowOpenedV2 window = events.await(ReconsiderationWindowOpenedV2.class, caseId, 1).get(0);
        events.await(RejectionBecameFinalV2.class, caseId, 1);
        events.await(DocumentRevoked.class, caseId, 1);

        // The reconsideration was received on paper on the window's last day and keyed in only now.
        Map<String, Object> filing = Map.of("decisionId", rejection, "grounds", "Recurso presentado en ventanilla",
                "paperReceipt", Map.of("reference", "ONPAR-BALBOA-2026-0931",
                        "receivedOn", window.lastDay().toString()));
        Response heldFiling = as(Roles.ONPAR_REGISTRATION, APPEALS).body(filing)
                .post("/api/v1/cases/" + caseId + "/reconsiderations");
        assertEquals(202, heldFiling.statusCode(), heldFiling.asString());
        Response filed = SecondOfficer.confirm(heldFiling, Roles.ONPAR_ELIGIBILITY, APPEALS);
        assertEquals("CONFIRMED", filed.jsonPath().getString("status"));

        assertEquals(ChallengeWindowReinstated.Cause.PAPER_FILING,
                events.await(ChallengeWindowReinstated.class, caseId, 1).get(0).cause());
        assertEquals(window.lastDay(), events.await(ReconsiderationFiled.class, caseId, 1).get(0).filedOn());
        events.await(FinalRejectionReversed.class, caseId, 1);
        events.await(DocumentReinstated.class, caseId, 1);
        List<Map<String, Object>> documents = eventually(
                () -> as(Roles.SNM, Procedure.DOCUMENTS).get("/api/v1/cases/" + caseId + "/documents"),
                r -> r.jsonPath().getList("status").stream().allMatch("VALID"::equals)).jsonPath().getList("$");
        assertEquals(1, documents.size(), documents.toString());

        Map<String, Object> legalDates = as(Roles.ONPAR_ELIGIBILITY, APPEALS)
                .get("/api/v1/legal-dates?caseId=" + caseId).jsonPath().getMap("$");
        assertTrue(legalDates.toString().contains("ONPAR-BALBOA-2026-0931"), legalDates.toString());
        Response status = eventually(() -> as(Roles.ONPAR_REGISTRATION, REGISTRATION)
                        .get("/api/v1/applications/" + caseId + "/status"),
                r -> r.jsonPath().getList("timeline.type").contains("DocumentReinstated"));
        List<String> timeline = status.jsonPath().getList("timeline.type");
        assertTrue(timeline.containsAll(List.of("BackDatedEntryHeld", "BackDatedEntryResolved",
                "ChallengeWindowReinstated", "BackDatedChallengeEntryResolved", "FinalRejectionReversed")), timeline.toString());
        assertEquals("REGISTERED", status.jsonPath().getString("status"), "the case is open again");
    }
}
