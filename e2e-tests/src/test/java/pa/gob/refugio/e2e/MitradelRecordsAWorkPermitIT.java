package pa.gob.refugio.e2e;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static pa.gob.refugio.e2e.RunningStack.as;
import static pa.gob.refugio.e2e.RunningStack.eventually;

import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.security.Roles;

/**
 * Work permits over the packaged services: eligibility per person (an adult yes, a child no) from registration's
 * facts, MITRADEL's permit within the provisional ID, and its end when recognition supersedes that ID.
 */
class MitradelRecordsAWorkPermitIT {

    @Test
    void anAdultsPermitIsRecordedAChildsIsRefusedAndRecognitionEndsIt() {
        JsonPath registered = Procedure.register(1, 1, LocalDate.now().minusDays(20), null);
        UUID caseId = UUID.fromString(registered.getString("application.caseId"));
        List<String> memberIds = registered.getList("application.members.memberId", String.class);
        Procedure.interviewEveryAdult(caseId, 1);
        Procedure.admit(caseId);
        List<Map<String, Object>> documents = Procedure.documents(caseId, 2);
        Map<String, Object> adult = documents.stream().filter(d -> memberIds.get(0).equals(d.get("memberId")))
                .findFirst().orElseThrow();
        Map<String, Object> child = documents.stream().filter(d -> memberIds.get(1).equals(d.get("memberId")))
                .findFirst().orElseThrow();
        String adultNumber = (String) adult.get("documentNumber");
        eventually(() -> as(Roles.SNM, Procedure.DOCUMENTS).get("/api/v1/documents/" + adultNumber),
                r -> r.statusCode() == 200 && Boolean.TRUE.equals(r.jsonPath().get("workPermitEligible")));
        as(Roles.SNM, Procedure.DOCUMENTS).get("/api/v1/documents/" + child.get("documentNumber")).then()
                .statusCode(200).body("workPermitEligible", equalTo(false));

        String permit = "MT-" + UUID.randomUUID().toString().substring(0, 8);
        String until = (String) adult.get("validUntil");
        as(Roles.MITRADEL, Procedure.DOCUMENTS).header("Accept-Language", "es")
                .body(Map.of("permitNumber", "MT-child-" + permit.substring(3), "validFrom", LocalDate.now().toString(),
                        "validUntil", child.get("validUntil")))
                .post("/api/v1/documents/" + child.get("documentNumber") + "/work-permits")
                .then().statusCode(422).body("type", containsString("work-permit-minimum-age"))
                .body("title", equalTo("Edad mínima para trabajar no alcanzada"));
        as(Roles.MITRADEL, Procedure.DOCUMENTS)
                .body(Map.of("permitNumber", permit, "validFrom", LocalDate.now().toString(), "validUntil", until))
                .post("/api/v1/documents/" + adultNumber + "/work-permits")
                .then().statusCode(201).body("status", equalTo("IN_FORCE"));

        Procedure.recognise(caseId);
        eventually(() -> as(Roles.MITRADEL, Procedure.DOCUMENTS)
                        .get("/api/v1/documents/" + adultNumber + "/work-permits"),
                r -> r.statusCode() == 200 && "ENDED".equals(r.jsonPath().getString("[0].status")));
    }
}
