package pa.gob.refugio.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pa.gob.refugio.e2e.Procedure.APPEALS;
import static pa.gob.refugio.e2e.Procedure.DECISION;
import static pa.gob.refugio.e2e.RunningStack.as;
import static pa.gob.refugio.e2e.RunningStack.eventually;

import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.events.appeals.AppealDecisionNotified;
import pa.gob.refugio.events.appeals.AppealDenied;
import pa.gob.refugio.events.appeals.AppealWindowOpenedV2;
import pa.gob.refugio.events.appeals.ChallengeWindowLapsedV2;
import pa.gob.refugio.events.appeals.ReconsiderationWindowOpenedV2;
import pa.gob.refugio.events.decision.CaseReopened;
import pa.gob.refugio.events.decision.RejectionBecameFinal;
import pa.gob.refugio.events.decision.StatusEndBecameFinal;
import pa.gob.refugio.events.decision.StatusEnded;
import pa.gob.refugio.events.documents.DocumentReinstated;
import pa.gob.refugio.events.documents.DocumentRevoked;
import pa.gob.refugio.events.documents.RefugeeDocumentIssued;
import pa.gob.refugio.security.Roles;

/**
 * The end of a status through the five services: a cessation notified long ago lapses and only then revokes the
 * refugee document; a revocation reconsidered, confirmed, appealed and denied ends the status, the Minister's
 * decision is notified, and the Third Chamber's annulment gives the status and the document back.
 */
class AStatusEndsOnlyWhenFinalAndAnAnnulmentReopensEndToEndIT {

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

    /** A single adult recognised on {@code recognisedOn} (far back: confirmed by a second member of CONARE). */
    private static UUID recognised(LocalDate recognisedOn) {
        UUID caseId = UUID.fromString(Procedure.register(1, 0, LocalDate.now().minusDays(60), null)
                .getString("application.caseId"));
        Procedure.interviewEveryAdult(caseId, 1);
        Procedure.admit(caseId);
        Map<String, Object> body = Map.of("outcome", "RECOGNIZED", "legalBasis", "CONVENTION_1951",
                "decidedOn", recognisedOn.toString(), "reasons", "Fundado temor");
        Response r = eventually(() -> as(Roles.CONARE, DECISION).body(body)
                        .post("/api/v1/cases/" + caseId + "/eligibility"),
                resp -> resp.statusCode() != 409 && resp.statusCode() != 404);
        if (r.statusCode() == 202) {
            SecondOfficer.confirm(r, Roles.CONARE, DECISION);
        } else {
            assertEquals(201, r.statusCode(), r.asString());
        }
        events.await(RefugeeDocumentIssued.class, caseId, 1);
        return caseId;
    }

    private static String endStatus(UUID caseId, String kind, String ground, LocalDate decidedOn) {
        UUID member = UUID.fromString(as(Roles.CONARE, DECISION).get("/api/v1/cases/" + caseId)
                .jsonPath().getString("members[0].memberId"));
        Response r = as(Roles.CONARE, DECISION).body(Map.of("kind", kind, "ground", ground,
                        "decidedOn", decidedOn.toString(), "reasons", "Motivos de la resolución de CONARE",
                        "memberIds", List.of(member.toString())))
                .post("/api/v1/cases/" + caseId + "/status-endings");
        assertEquals(201, r.statusCode(), r.asString());
        StatusEnded ended = events.await(StatusEnded.class, caseId, 1).get(0);
        assertEquals(List.of(member), ended.memberIds());
        return r.jsonPath().getString("decisionId");
    }

    private static String refugeeDocumentStatus(UUID caseId) {
        return Procedure.documents(caseId, 1).stream().filter(d -> "REFUGEE_DOCUMENT".equals(d.get("kind")))
                .map(d -> (String) d.get("status")).findFirst().orElseThrow();
    }

    @Test
    void aCessationNotifiedLongAgoLapsesAndOnlyThenRevokesTheRefugeeDocument() {
        LocalDate longAgo = LocalDate.now().minusWeeks(3);
        UUID caseId = recognised(longAgo.minusDays(1));
        String end = endStatus(caseId, "CESSATION", "NEW_NATIONALITY", longAgo);
        assertEquals("VALID", refugeeDocumentStatus(caseId), "the status holds until the end is final");

        SecondOfficer.notifyBackDated(end, longAgo);
        events.await(ReconsiderationWindowOpenedV2.class, caseId, 1);
        events.await(ChallengeWindowLapsedV2.class, caseId, 1);
        StatusEndBecameFinal fin = events.await(StatusEndBecameFinal.class, caseId, 1).get(0);
        assertEquals(RejectionBecameFinal.Cause.RECONSIDERATION_WINDOW_LAPSED, fin.cause());
        assertEquals(StatusEnded.Kind.CESSATION, fin.kind());
        DocumentRevoked revoked = events.await(DocumentRevoked.class, caseId, 1).get(0);
        assertEquals(DocumentRevoked.Reason.STATUS_ENDED, revoked.reason());
        assertEquals("REVOKED", refugeeDocumentStatus(caseId));
        eventually(() -> as(Roles.CONARE, DECISION).get("/api/v1/cases/" + caseId),
                r -> "STATUS_ENDED".equals(r.jsonPath().getString("status")));
    }

    @Test
    void aRevocationDeniedOnAppealEndsTheStatusAndTheCourtsAnnulmentGivesItBack() {
        UUID caseId = recognised(LocalDate.now());
        String end = endStatus(caseId, "REVOCATION", "EXCLUSION_CONDUCT", LocalDate.now());
        Procedure.notifyResolution(end, LocalDate.now());
        events.await(ReconsiderationWindowOpenedV2.class, caseId, 1);

        Response filed = eventually(() -> as(Roles.ONPAR_REGISTRATION, APPEALS)
                        .body(Map.of("decisionId", end, "grounds", "La conducta no está probada"))
                        .post("/api/v1/cases/" + caseId + "/reconsiderations"),
                r -> r.statusCode() != 404);
        assertEquals(201, filed.statusCode(), filed.asString());
        String reconsideration = filed.jsonPath().getString("reconsiderationId");
        as(Roles.CONARE, APPEALS).body(Map.of("outcome", "CONFIRMED", "reasons", "Se confirma la revocación"))
                .post("/api/v1/reconsiderations/" + reconsideration + "/decision").then().statusCode(200);
        as(Roles.ONPAR_ELIGIBILITY, APPEALS).body(Map.of("notifiedOn", LocalDate.now().toString(),
                        "channel", "IN_PERSON"))
                .post("/api/v1/reconsiderations/" + reconsideration + "/notification").then().statusCode(201);
        events.await(AppealWindowOpenedV2.class, caseId, 1);

        Response appeal = as(Roles.ONPAR_REGISTRATION, APPEALS)
                .body(Map.of("decisionId", end, "grounds", "Apelación ante el Ministro"))
                .post("/api/v1/cases/" + caseId + "/appeals");
        assertEquals(201, appeal.statusCode(), appeal.asString());
        String appealId = appeal.jsonPath().getString("appealId");
        assertEquals("VALID", refugeeDocumentStatus(caseId), "papers are kept while challenging");
        as(Roles.MINISTER, APPEALS).body(Map.of("outcome", "DENIED", "reasons", "Se confirma"))
                .post("/api/v1/appeals/" + appealId + "/decision").then().statusCode(200);
        events.await(AppealDenied.class, caseId, 1);
        assertEquals(RejectionBecameFinal.Cause.APPEAL_DENIED,
                events.await(StatusEndBecameFinal.class, caseId, 1).get(0).cause());
        assertEquals(DocumentRevoked.Reason.STATUS_ENDED,
                events.await(DocumentRevoked.class, caseId, 1).get(0).reason());

        // the administrative route ends at the notification of the Minister's decision, not before
        Map<String, Object> review = Map.of("decisionId", end, "filedOn", LocalDate.now().toString(),
                "courtReference", "CSJ-SALA3-2026-END");
        as(Roles.ONPAR_ELIGIBILITY, APPEALS).body(review).post("/api/v1/cases/" + caseId + "/judicial-reviews")
                .then().statusCode(409);
        as(Roles.ONPAR_ELIGIBILITY, APPEALS).body(Map.of("notifiedOn", LocalDate.now().toString(),
                        "channel", "LEGAL_REPRESENTATIVE"))
                .post("/api/v1/appeals/" + appealId + "/notification").then().statusCode(200);
        AppealDecisionNotified notified = events.await(AppealDecisionNotified.class, caseId, 1).get(0);
        assertEquals("LEGAL_REPRESENTATIVE", notified.channel());
        assertEquals(1, notified.memberIds().size());
        String reviewId = as(Roles.ONPAR_ELIGIBILITY, APPEALS).body(review)
                .post("/api/v1/cases/" + caseId + "/judicial-reviews")
                .then().statusCode(201).extract().path("judicialReviewId");
        as(Roles.ONPAR_ELIGIBILITY, APPEALS).body(Map.of("outcome", "ANNULLED",
                        "decidedOn", LocalDate.now().toString()))
                .post("/api/v1/judicial-reviews/" + reviewId + "/outcome").then().statusCode(200);

        CaseReopened reopened = events.await(CaseReopened.class, caseId, 1).get(0);
        assertEquals(CaseReopened.Step.RECOGNIZED, reopened.reopenedAt());
        assertEquals(DocumentRevoked.Reason.STATUS_ENDED,
                events.await(DocumentReinstated.class, caseId, 1).get(0).previousReason());
        assertEquals("VALID", refugeeDocumentStatus(caseId));
        eventually(() -> as(Roles.CONARE, DECISION).get("/api/v1/cases/" + caseId),
                r -> "RECOGNIZED".equals(r.jsonPath().getString("status")));
        assertTrue(as(Roles.ONPAR_ELIGIBILITY, APPEALS).get("/api/v1/cases/" + caseId + "/challenges")
                .jsonPath().getString("appeals[0].decisionNotifiedOn") != null);
    }
}
