package pa.gob.refugio.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pa.gob.refugio.e2e.Procedure.APPEALS;
import static pa.gob.refugio.e2e.Procedure.DECISION;
import static pa.gob.refugio.e2e.Procedure.REGISTRATION;
import static pa.gob.refugio.e2e.RunningStack.as;
import static pa.gob.refugio.e2e.RunningStack.eventually;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.events.appeals.AppealDenied;
import pa.gob.refugio.events.appeals.AppealWindowOpenedV2;
import pa.gob.refugio.events.appeals.ChallengeWindowLapsed;
import pa.gob.refugio.events.appeals.ChallengeWindowLapsedV2;
import pa.gob.refugio.events.appeals.ReconsiderationGranted;
import pa.gob.refugio.events.appeals.ReconsiderationWindowOpenedV2;
import pa.gob.refugio.events.decision.RejectionBecameFinal;
import pa.gob.refugio.events.decision.RejectionBecameFinalV2;
import pa.gob.refugio.events.decision.StatusRecognized;
import pa.gob.refugio.events.documents.DocumentRevoked;
import pa.gob.refugio.events.documents.ProvisionalIdIssued;
import pa.gob.refugio.events.documents.RefugeeDocumentIssued;
import pa.gob.refugio.events.registration.ApplicationAbandonedV2;
import pa.gob.refugio.security.Roles;

/** Reconsideration, appeal, lapse, late filing and departure, through all five services. */
class ChallengesAndEndingsEndToEndIT {

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

    /** An admitted single applicant whom CONARE rejected, the rejection notified on {@code notifiedOn}. */
    private static Rejected rejectedAndNotified(LocalDate decidedOn) {
        UUID caseId = UUID.fromString(Procedure.register(1, 1, LocalDate.now().minusDays(40), null)
                .getString("application.caseId"));
        Procedure.interviewEveryAdult(caseId, 1);
        Procedure.admit(caseId);
        events.await(ProvisionalIdIssued.class, caseId, 2);
        boolean backDated = decidedOn.isBefore(LocalDate.now().minusWeeks(1));
        // dated far back, a second officer confirms each (four eyes); otherwise they take effect at once
        String rejection = backDated ? SecondOfficer.rejectBackDated(caseId, decidedOn)
                : Procedure.reject(caseId, decidedOn);
        if (backDated) {
            SecondOfficer.notifyBackDated(rejection, decidedOn);
        } else {
            Procedure.notifyResolution(rejection, decidedOn);
        }
        events.await(ReconsiderationWindowOpenedV2.class, caseId, 1);
        return new Rejected(caseId, rejection);
    }

    private record Rejected(UUID caseId, String decisionId) {
    }

    private static String fileReconsideration(Rejected r) {
        Response filed = eventually(() -> as(Roles.ONPAR_REGISTRATION, APPEALS)
                        .body(Map.of("decisionId", r.decisionId(), "grounds", "Nuevas pruebas"))
                        .post("/api/v1/cases/" + r.caseId() + "/reconsiderations"),
                resp -> resp.statusCode() != 404);
        assertEquals(201, filed.statusCode(), filed.asString());
        return filed.jsonPath().getString("reconsiderationId");
    }

    private static void decideReconsideration(String reconsiderationId, String outcome) {
        as(Roles.CONARE, APPEALS).body(Map.of("outcome", outcome, "reasons", "Resuelto por CONARE"))
                .post("/api/v1/reconsiderations/" + reconsiderationId + "/decision")
                .then().statusCode(200);
    }

    @Test
    void rejectionOverturnedByReconsiderationEndsInRefugeeDocuments() {
        Rejected r = rejectedAndNotified(LocalDate.now());
        decideReconsideration(fileReconsideration(r), "GRANTED");
        events.await(ReconsiderationGranted.class, r.caseId(), 1);
        events.await(StatusRecognized.class, r.caseId(), 1);
        assertEquals(2, events.await(RefugeeDocumentIssued.class, r.caseId(), 2).size());
    }

    @Test
    void confirmedRejectionAppealedAndDeniedRevokesTheProvisionalIds() {
        Rejected r = rejectedAndNotified(LocalDate.now());
        String reconsideration = fileReconsideration(r);
        decideReconsideration(reconsideration, "CONFIRMED");
        as(Roles.ONPAR_ELIGIBILITY, APPEALS).body(Map.of("notifiedOn", LocalDate.now().toString(), "channel", "IN_PERSON"))
                .post("/api/v1/reconsiderations/" + reconsideration + "/notification")
                .then().statusCode(201);
        events.await(AppealWindowOpenedV2.class, r.caseId(), 1);

        Response appeal = as(Roles.ONPAR_REGISTRATION, APPEALS)
                .body(Map.of("decisionId", r.decisionId(), "grounds", "Recurso de apelación ante el Ministro"))
                .post("/api/v1/cases/" + r.caseId() + "/appeals");
        assertEquals(201, appeal.statusCode(), appeal.asString());
        String appealId = appeal.jsonPath().getString("appealId");
        as(Roles.MINISTER, APPEALS).get("/api/v1/appeals/" + appealId + "/case-summary").then().statusCode(200);
        as(Roles.MINISTER, APPEALS).body(Map.of("outcome", "DENIED", "reasons", "Se confirma"))
                .post("/api/v1/appeals/" + appealId + "/decision").then().statusCode(200);

        events.await(AppealDenied.class, r.caseId(), 1);
        RejectionBecameFinalV2 finalRejection = events.await(RejectionBecameFinalV2.class, r.caseId(), 1).get(0);
        assertEquals(RejectionBecameFinal.Cause.APPEAL_DENIED, finalRejection.cause());
        assertEquals(2, events.await(DocumentRevoked.class, r.caseId(), 2).size());
        List<Map<String, Object>> documents = Procedure.documents(r.caseId(), 2);
        assertTrue(documents.stream().allMatch(d -> "REVOKED".equals(d.get("status"))), documents.toString());
    }

    @Test
    void aReconsiderationWindowThatLapsesMakesTheRejectionFinalAndALateFilingIsRefused() {
        // A resolution signed and notified three weeks ago: its five business days are over.
        LocalDate longAgo = LocalDate.now().minusWeeks(3);
        Rejected r = rejectedAndNotified(longAgo);
        Response late = as(Roles.ONPAR_REGISTRATION, APPEALS)
                .body(Map.of("decisionId", r.decisionId(), "grounds", "Fuera de plazo"))
                .post("/api/v1/cases/" + r.caseId() + "/reconsiderations");
        // 422 while the window is still open past its last day, 409 once the lapse job closed it
        assertTrue(late.statusCode() == 422 || late.statusCode() == 409, late.asString());
        assertTrue(late.statusCode() == 409 || late.jsonPath().getString("deadline.lastDay") != null, late.asString());

        ChallengeWindowLapsedV2 lapsed = events.await(ChallengeWindowLapsedV2.class, r.caseId(), 1).get(0);
        assertEquals(ChallengeWindowLapsed.Window.RECONSIDERATION, lapsed.window());
        assertEquals(RejectionBecameFinal.Cause.RECONSIDERATION_WINDOW_LAPSED,
                events.await(RejectionBecameFinalV2.class, r.caseId(), 1).get(0).cause());
        events.await(DocumentRevoked.class, r.caseId(), 2);
        assertEquals(1, events.all(ChallengeWindowLapsedV2.class, r.caseId()).size(), "the lapse happens once");
    }

    @Test
    void aLateApplicationIsAcceptedWithItsJustificationAndFlagged() {
        JsonPath late = Procedure.register(1, 0, LocalDate.now().minusYears(1),
                "Estuvo hospitalizada en Darién durante siete meses");
        assertEquals(true, late.getBoolean("application.outOfTime"));
        assertTrue(late.getString("filingDeadline.explanation").length() > 20);
    }

    @Test
    void departureReportedBySnmAbandonsTheCaseAndRevokesTheProvisionalIds() {
        UUID caseId = UUID.fromString(Procedure.register(2, 1, LocalDate.now().minusDays(15), null)
                .getString("application.caseId"));
        Procedure.interviewEveryAdult(caseId, 2);
        Procedure.admit(caseId);
        events.await(ProvisionalIdIssued.class, caseId, 3);

        as(Roles.SNM, REGISTRATION).body(Map.of("departureDate", LocalDate.now().toString(),
                        "borderPost", "Paso Canoas"))
                .post("/api/v1/applications/" + caseId + "/departure").then().statusCode(200);
        events.await(ApplicationAbandonedV2.class, caseId, 1);
        assertEquals(3, events.await(DocumentRevoked.class, caseId, 3).size());
        as(Roles.ONPAR_ELIGIBILITY, DECISION).body(Map.of("outcome", "RECOGNIZED", "legalBasis", "CONVENTION_1951",
                        "reasons", "x"))
                .post("/api/v1/cases/" + caseId + "/eligibility").then().statusCode(403);
    }
}
