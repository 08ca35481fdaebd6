package pa.gob.refugio.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pa.gob.refugio.e2e.RunningStack.as;
import static pa.gob.refugio.e2e.RunningStack.eventually;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.security.Roles;

/**
 * CONARE's case file over the packaged services: decision-service composes the application (registration-service),
 * the interview records (interview-service) and its own decisions, per member, with CONARE's token.
 */
class ConareReadsTheCaseFileIT {

    @Test
    void conareReadsEachMembersApplicationInterviewRecordsAndTheAdmission() {
        JsonPath registered = Procedure.register(2, 1, LocalDate.now().minusDays(20), null);
        UUID caseId = UUID.fromString(registered.getString("application.caseId"));
        List<String> memberIds = registered.getList("application.members.memberId", String.class);
        Procedure.interviewEveryAdult(caseId, 2);
        String admission = Procedure.admit(caseId);

        Response file = eventually(() -> as(Roles.CONARE, Procedure.DECISION).get("/api/v1/cases/" + caseId + "/file"),
                r -> r.statusCode() == 200);
        JsonPath json = file.jsonPath();
        assertEquals(caseId.toString(), json.getString("caseId"));
        assertEquals("ADMITTED", json.getString("caseStatus"));
        assertEquals("ONPAR Balboa", json.getString("application.intakeSite"));
        assertEquals(memberIds, json.getList("members.memberId", String.class));
        List<Map<String, Object>> members = json.getList("members");
        int withRecords = 0;
        for (Map<String, Object> m : members) {
            @SuppressWarnings("unchecked")
            Map<String, Object> identity = (Map<String, Object>) m.get("identity");
            assertNotNull(identity.get("givenNames"), "names as registered");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> interviews = (List<Map<String, Object>>) m.get("interviews");
            for (Map<String, Object> interview : interviews) {
                @SuppressWarnings("unchecked")
                Map<String, Object> record = (Map<String, Object>) interview.get("record");
                assertEquals("Relato coherente de persecución", record.get("summary"));
                withRecords++;
            }
        }
        assertTrue(withRecords >= 2, "each adult's interview record is in the file: " + members);
        assertEquals(admission, json.getString("decisions[0].decisionId"));

        as(Roles.MINISTER, Procedure.DECISION).get("/api/v1/cases/" + caseId + "/file").then().statusCode(200);
        as(Roles.ONPAR_ELIGIBILITY, Procedure.DECISION).get("/api/v1/cases/" + caseId + "/file").then()
                .statusCode(403);

        // the sources audited CONARE's read under the case
        for (String source : List.of(Procedure.REGISTRATION, Procedure.INTERVIEW, Procedure.DECISION)) {
            eventually(() -> as(Roles.OVERSIGHT, source).queryParam("caseId", caseId.toString())
                            .get("/api/v1/audit"),
                    r -> r.statusCode() == 200 && r.jsonPath().getList("items.role", String.class)
                            .contains(Roles.CONARE));
        }
    }
}
