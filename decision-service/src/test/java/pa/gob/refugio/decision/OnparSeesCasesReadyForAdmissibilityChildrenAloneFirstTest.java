package pa.gob.refugio.decision;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pa.gob.refugio.decision.Fixture.post;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.decision.Fixture.Family;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.RealInfrastructureResource;
import pa.gob.refugio.testing.Tokens;

@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class,
        initArgs = @ResourceArg(name = "database", value = "decision"))
class OnparSeesCasesReadyForAdmissibilityChildrenAloneFirstTest {

    static final String ADMISSIBILITY = "/api/v1/worklists/admissibility";

    @Test
    void childrenAloneThenSpecificNeedsThenTheLongestWaitingAndADecidedCaseLeaves() {
        Family oldest = Fixture.readyForAdmissibility(2, 1);
        Family waiting = Fixture.registered(1, 0); // interviews not done: not in the queue
        Family needs = Worklists.ready(Worklists.registered(false, true));
        Family childAlone = Worklists.ready(Worklists.registered(true, false));
        Family newest = Fixture.readyForAdmissibility(1, 0);

        List<Map<String, Object>> queue = Worklists.all(ADMISSIBILITY, Roles.ONPAR_ELIGIBILITY);
        int child = Worklists.indexOf(queue, "caseId", childAlone.caseId());
        int special = Worklists.indexOf(queue, "caseId", needs.caseId());
        int first = Worklists.indexOf(queue, "caseId", oldest.caseId());
        int last = Worklists.indexOf(queue, "caseId", newest.caseId());
        assertEquals(-1, Worklists.indexOf(queue, "caseId", waiting.caseId()));
        assertTrue(child >= 0 && special >= 0 && first >= 0 && last >= 0, queue.toString());
        assertTrue(child < special && special < first && first < last, List.of(child, special, first, last).toString());
        assertEquals(3, queue.get(first).get("members"));
        assertEquals(true, queue.get(child).get("childAlone"));
        assertEquals(true, queue.get(special).get("specificNeeds"));
        assertTrue(queue.get(first).get("readySince") != null);

        post("/api/v1/cases/" + oldest.caseId() + "/admissibility", Roles.ONPAR_ELIGIBILITY,
                "{\"outcome\": \"ADMITTED\"}").then().statusCode(201);
        assertEquals(-1, Worklists.indexOf(Worklists.all(ADMISSIBILITY, Roles.ONPAR_SUPERVISOR), "caseId",
                oldest.caseId()));
    }

    @Test
    void otherRolesAreRefused() {
        for (String role : List.of(Roles.CONARE, Roles.SNM, Roles.MINISTER, Roles.PARTNER_NGO, Roles.OPERATIONS,
                Roles.OVERSIGHT)) {
            given().auth().oauth2(Tokens.of(role)).when().get(ADMISSIBILITY).then().statusCode(403);
        }
    }
}
