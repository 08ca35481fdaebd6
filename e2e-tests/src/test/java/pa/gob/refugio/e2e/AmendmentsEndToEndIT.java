package pa.gob.refugio.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pa.gob.refugio.e2e.Procedure.DOCUMENTS;
import static pa.gob.refugio.e2e.Procedure.INTERVIEW;
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
import pa.gob.refugio.events.documents.ProvisionalIdIssued;
import pa.gob.refugio.events.interview.CaseWaitlisted;
import pa.gob.refugio.events.interview.InterviewScheduled;
import pa.gob.refugio.events.registration.MemberAdded;
import pa.gob.refugio.events.registration.MemberDataCorrected;
import pa.gob.refugio.security.Roles;

/**
 * Issue 13, item 3: amendments to a registered family over the packaged services. A misspelt name is corrected
 * (the search finds the corrected name only, every version is kept, SNM is asked to print the card again); a newborn
 * joins an admitted family (a provisional ID of their own, no interview); an adult joins by family reunification
 * (an interview of their own, or the waiting list).
 */
class AmendmentsEndToEndIT {

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

    private record Family(UUID caseId, UUID principal, String familyNames) {
    }

    private static Family registered() {
        JsonPath registered = Procedure.register(1, 0, LocalDate.now().minusDays(20), null);
        return new Family(UUID.fromString(registered.getString("application.caseId")),
                UUID.fromString(registered.getString("application.members[0].memberId")),
                registered.getString("application.members[0].familyNames"));
    }

    private static Family admitted() {
        Family family = registered();
        Procedure.interviewEveryAdult(family.caseId(), 1);
        Procedure.admit(family.caseId());
        events.await(ProvisionalIdIssued.class, family.caseId(), 1);
        return family;
    }

    private static long found(String name) {
        return as(Roles.ONPAR_REGISTRATION, REGISTRATION).queryParam("name", name).get("/api/v1/search")
                .then().statusCode(200).extract().jsonPath().getLong("total");
    }

    private static Response add(UUID caseId, Map<String, Object> member) {
        return as(Roles.ONPAR_REGISTRATION, REGISTRATION).body(member)
                .post("/api/v1/applications/" + caseId + "/members");
    }

    @Test
    void aMisspeltNameIsCorrectedTheSearchFindsTheCorrectedNameAndSnmIsAskedToPrintTheCardAgain() {
        Family family = admitted();
        assertEquals(1, found("maria " + family.familyNames()));
        String versions = "/api/v1/applications/" + family.caseId() + "/members/" + family.principal() + "/versions";
        String etag = as(Roles.ONPAR_REGISTRATION, REGISTRATION).get(versions).then().statusCode(200)
                .extract().header("ETag");
        as(Roles.ONPAR_REGISTRATION, REGISTRATION).header("If-Match", etag)
                .body(Map.of("givenNames", "Ana Mariela", "reasonCode", "TRANSCRIPTION_ERROR",
                        "reason", "El nombre se escribió mal al registrar; consta en el pasaporte",
                        "evidence", Map.of("documentType", "PASSPORT", "documentNumber", "V7654321")))
                .post("/api/v1/applications/" + family.caseId() + "/members/" + family.principal() + "/corrections")
                .then().statusCode(200).header("ETag", "\"2\"");

        assertEquals(1, found("mariela " + family.familyNames()));
        assertEquals(0, found("maria " + family.familyNames()));
        JsonPath kept = as(Roles.OVERSIGHT, REGISTRATION).get(versions).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("Ana María", "Ana Mariela"), kept.getList("versions.identity.givenNames"));

        MemberDataCorrected corrected = events.await(MemberDataCorrected.class, family.caseId(), 1).get(0);
        assertEquals(List.of("givenNames"), corrected.fieldsChanged());
        String number = Procedure.documents(family.caseId(), 1).get(0).get("documentNumber").toString();
        eventually(() -> as(Roles.SNM, DOCUMENTS).queryParam("size", 100).get("/api/v1/worklists/reissues"),
                r -> r.statusCode() == 200 && r.jsonPath().getList("items.documentNumber").contains(number));
        assertEquals("VALID", Procedure.documents(family.caseId(), 1).get(0).get("status"), "no revocation");
    }

    @Test
    void aNewbornJoinsAnAdmittedFamilyWithAProvisionalIdOfTheirOwnAndNoInterview() {
        Family family = admitted();
        Response added = add(family.caseId(), Map.of("role", "CHILD", "givenNames", "Sol",
                "familyNames", family.familyNames(), "sex", "F", "dateOfBirth", LocalDate.now().minusDays(10).toString(),
                "nationalities", List.of("PAN"), "responsibleMemberId", family.principal().toString(),
                "reasonCode", "BIRTH"));
        assertEquals(201, added.statusCode(), added.asString());
        UUID newborn = UUID.fromString(added.jsonPath().getString("memberId"));
        assertTrue(added.jsonPath().getString("certificate.number") != null);

        assertEquals(newborn, events.await(MemberAdded.class, family.caseId(), 1).get(0).memberId());
        List<ProvisionalIdIssued> ids = events.await(ProvisionalIdIssued.class, family.caseId(), 2);
        assertTrue(ids.stream().anyMatch(id -> id.memberId().equals(newborn)), ids.toString());
        List<Map<String, Object>> interviews = as(Roles.ONPAR_ELIGIBILITY, INTERVIEW)
                .get("/api/v1/cases/" + family.caseId() + "/interviews").jsonPath().getList("$");
        assertTrue(interviews.stream().noneMatch(i -> newborn.toString().equals(i.get("memberId"))),
                interviews.toString());
    }

    @Test
    void anAdultJoiningByFamilyReunificationGetsAnInterviewOrWaitsForOne() {
        Family family = registered();
        events.await(InterviewScheduled.class, family.caseId(), 1);
        Response added = add(family.caseId(), Map.of("role", "OTHER_DEPENDANT", "givenNames", "Rosa",
                "familyNames", family.familyNames(), "sex", "F", "dateOfBirth", "1962-02-03",
                "nationalities", List.of("VEN"), "reasonCode", "FAMILY_REUNIFICATION"));
        assertEquals(201, added.statusCode(), added.asString());
        UUID relative = UUID.fromString(added.jsonPath().getString("memberId"));
        eventually(() -> as(Roles.ONPAR_ELIGIBILITY, INTERVIEW).get("/api/v1/cases/" + family.caseId() + "/interviews"),
                r -> r.statusCode() == 200 && (r.jsonPath().getList("memberId").contains(relative.toString())
                        || !events.all(CaseWaitlisted.class, family.caseId()).isEmpty()));
    }
}
