package pa.gob.refugio.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static pa.gob.refugio.e2e.Procedure.DECISION;
import static pa.gob.refugio.e2e.Procedure.DOCUMENTS;
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
import pa.gob.refugio.events.appeals.ChallengeWindowLapsedV2;
import pa.gob.refugio.events.appeals.ReconsiderationWindowOpenedV2;
import pa.gob.refugio.events.decision.RejectionBecameFinalV2;
import pa.gob.refugio.events.documents.DocumentRevoked;
import pa.gob.refugio.events.documents.ProvisionalIdIssued;
import pa.gob.refugio.events.registration.ApplicationAbandonedV2;
import pa.gob.refugio.security.Roles;

/**
 * Issue 8, item 1: outcomes belong to each member. A two-adult family is admitted; CONARE rejects one adult; the
 * rejection becomes final. The other, undecided adult keeps a VALID provisional ID and an open case, and every
 * service shows each member's own outcome. One adult's departure revokes that adult's documents only.
 */
class EveryMemberKeepsTheirOwnOutcomeEndToEndIT {

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

    private record Family(UUID caseId, List<UUID> memberIds) {
    }

    private static Family admittedFamily(int adults, int children) {
        JsonPath registered = Procedure.register(adults, children, LocalDate.now().minusDays(20), null);
        Family family = new Family(UUID.fromString(registered.getString("application.caseId")),
                registered.getList("application.members.memberId", String.class).stream().map(UUID::fromString)
                        .toList());
        Procedure.interviewEveryAdult(family.caseId(), adults);
        Procedure.admit(family.caseId());
        events.await(ProvisionalIdIssued.class, family.caseId(), adults + children);
        return family;
    }

    private static Map<UUID, String> documentStatusByMember(UUID caseId, int count) {
        Map<UUID, String> byMember = new java.util.HashMap<>();
        for (Map<String, Object> d : Procedure.documents(caseId, count)) {
            byMember.put(UUID.fromString((String) d.get("memberId")), (String) d.get("status"));
        }
        return byMember;
    }

    private static JsonPath registrationStatusWhen(UUID caseId, java.util.function.Predicate<JsonPath> done) {
        return eventually(() -> as(Roles.ONPAR_ELIGIBILITY, REGISTRATION)
                        .get("/api/v1/applications/" + caseId + "/status"),
                r -> r.statusCode() == 200 && done.test(r.jsonPath())).jsonPath();
    }

    private static JsonPath decisionCaseWhen(UUID caseId, java.util.function.Predicate<JsonPath> done) {
        return eventually(() -> as(Roles.ONPAR_ELIGIBILITY, DECISION).get("/api/v1/cases/" + caseId),
                r -> r.statusCode() == 200 && done.test(r.jsonPath())).jsonPath();
    }

    @Test
    void theUndecidedAdultKeepsAValidProvisionalIdAndAnOpenCaseWhenTheOthersRejectionBecomesFinal() {
        Family family = admittedFamily(2, 0);
        UUID undecided = family.memberIds().get(0);
        UUID rejected = family.memberIds().get(1);

        // CONARE rejects the partner only, by a resolution signed and notified three weeks ago (back-dated: a second
        // member of CONARE and a second ONPAR officer confirm them, four eyes): the window lapses.
        LocalDate longAgo = LocalDate.now().minusWeeks(3);
        Response rejection = eventually(() -> as(Roles.CONARE, DECISION)
                        .body(Map.of("outcome", "REJECTED", "decidedOn", longAgo.toString(),
                                "reasons", "No se acreditan los elementos", "memberIds", List.of(rejected.toString())))
                        .post("/api/v1/cases/" + family.caseId() + "/eligibility"),
                r -> r.statusCode() != 409 && r.statusCode() != 404);
        String decisionId = SecondOfficer.confirm(rejection, Roles.CONARE, DECISION).jsonPath().getString("decisionId");
        SecondOfficer.notifyBackDated(decisionId, longAgo);

        assertEquals(List.of(rejected),
                events.await(ReconsiderationWindowOpenedV2.class, family.caseId(), 1).get(0).memberIds());
        assertEquals(List.of(rejected),
                events.await(ChallengeWindowLapsedV2.class, family.caseId(), 1).get(0).memberIds());
        assertEquals(List.of(rejected),
                events.await(RejectionBecameFinalV2.class, family.caseId(), 1).get(0).memberIds());
        DocumentRevoked revoked = events.await(DocumentRevoked.class, family.caseId(), 1).get(0);
        assertEquals(rejected, revoked.memberId());
        assertEquals(DocumentRevoked.Reason.REJECTION_FINAL, revoked.reason());

        // documents-service: only the rejected adult's provisional ID is revoked; the other one verifies VALID.
        Map<UUID, String> documents = documentStatusByMember(family.caseId(), 2);
        assertEquals("VALID", documents.get(undecided), documents.toString());
        assertEquals("REVOKED", documents.get(rejected), documents.toString());
        String undecidedNumber = Procedure.documents(family.caseId(), 2).stream()
                .filter(d -> undecided.toString().equals(d.get("memberId"))).findFirst().orElseThrow()
                .get("documentNumber").toString();
        Checkpoint.scan(undecidedNumber).body("valid", org.hamcrest.Matchers.equalTo(true));

        // registration-service: the case is still in the procedure; each member shows their own status.
        JsonPath status = registrationStatusWhen(family.caseId(),
                s -> "REJECTED_FINAL".equals(s.getString("members[1].status")));
        assertEquals("REGISTERED", status.getString("status"), status.prettify());
        assertEquals(List.of("IN_PROCEDURE", "REJECTED_FINAL"), status.getList("members.status"));
        assertEquals("ADMITTED", status.getString("members[0].phase"), status.prettify());
        assertEquals("REJECTED_FINAL", status.getString("members[1].phase"), status.prettify());
        assertEquals("ADMITTED", status.getString("phase"), status.prettify());

        // decision-service: the family is still ADMITTED, the undecided adult PENDING.
        JsonPath decision = decisionCaseWhen(family.caseId(),
                c -> "FINALLY_REJECTED".equals(c.getString("members[1].outcome")));
        assertEquals("ADMITTED", decision.getString("status"));
        assertEquals(List.of("PENDING", "FINALLY_REJECTED"), decision.getList("members.outcome"));
    }

    @Test
    void oneAdultsDepartureRevokesOnlyThatAdultsDocuments() {
        Family family = admittedFamily(2, 1);
        UUID departed = family.memberIds().get(1);

        as(Roles.SNM, REGISTRATION).body(Map.of("departureDate", LocalDate.now().toString(),
                        "borderPost", "Paso Canoas", "memberIds", List.of(departed.toString())))
                .post("/api/v1/applications/" + family.caseId() + "/departure")
                .then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("REGISTERED"));
        assertEquals(List.of(departed), events.await(ApplicationAbandonedV2.class, family.caseId(), 1).get(0)
                .memberIds());
        DocumentRevoked revoked = events.await(DocumentRevoked.class, family.caseId(), 1).get(0);
        assertEquals(departed, revoked.memberId());
        assertEquals(DocumentRevoked.Reason.ABANDONED, revoked.reason());

        Map<UUID, String> documents = documentStatusByMember(family.caseId(), 3);
        assertEquals("REVOKED", documents.get(departed), documents.toString());
        assertEquals("VALID", documents.get(family.memberIds().get(0)), documents.toString());
        assertEquals("VALID", documents.get(family.memberIds().get(2)), documents.toString());

        JsonPath decision = decisionCaseWhen(family.caseId(),
                c -> "ABANDONED".equals(c.getString("members[1].outcome")));
        assertEquals(List.of("PENDING", "ABANDONED", "PENDING"), decision.getList("members.outcome"));
        assertEquals("ADMITTED", decision.getString("status"));
        JsonPath status = registrationStatusWhen(family.caseId(),
                s -> "ABANDONED".equals(s.getString("members[1].status")));
        assertEquals("REGISTERED", status.getString("status"));
        assertEquals(List.of("IN_PROCEDURE", "ABANDONED", "IN_PROCEDURE"), status.getList("members.status"));
    }
}
