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
class ConareSeesUnaccompaniedChildrenFirstTest {

    static final String ELIGIBILITY = "/api/v1/worklists/eligibility";

    @Test
    void conareSeesUnaccompaniedChildrenFirstThenTheOldestAdmission() {
        Family older = Fixture.admitted(2, 1);
        Family withChildAlone = Worklists.ready(Worklists.registered(true, false));
        post("/api/v1/cases/" + withChildAlone.caseId() + "/admissibility", Roles.ONPAR_ELIGIBILITY,
                "{\"outcome\": \"ADMITTED\"}").then().statusCode(201);
        Family newer = Fixture.admitted(1, 0);

        List<Map<String, Object>> queue = Worklists.all(ELIGIBILITY, Roles.CONARE);
        int child = Worklists.indexOf(queue, "memberId", withChildAlone.memberIds().get(1));
        int childsAdult = Worklists.indexOf(queue, "memberId", withChildAlone.memberIds().get(0));
        int olderPrincipal = Worklists.indexOf(queue, "memberId", older.principal());
        int newerPrincipal = Worklists.indexOf(queue, "memberId", newer.principal());
        assertTrue(child >= 0 && childsAdult >= 0 && olderPrincipal >= 0 && newerPrincipal >= 0, queue.toString());
        assertTrue(child < olderPrincipal, "the child alone comes before the older admission");
        assertTrue(olderPrincipal < newerPrincipal, "then the oldest admission");
        assertTrue(olderPrincipal < childsAdult || childsAdult < newerPrincipal);
        Map<String, Object> item = queue.get(child);
        assertEquals(true, item.get("unaccompaniedOrSeparatedChild"));
        assertEquals("OTHER_DEPENDANT", item.get("role"));
        assertEquals(withChildAlone.caseId().toString(), item.get("caseId"));
        assertTrue(item.get("admittedOn") != null && item.get("caseNumber") != null);
        for (var member : older.memberIds()) {
            assertTrue(Worklists.indexOf(queue, "memberId", member) >= 0, "every member of the family waits");
        }
    }

    @Test
    void aDecidedMemberLeavesTheQueueAndTheOthersStay() {
        Family family = Fixture.admitted(2, 0);
        post("/api/v1/cases/" + family.caseId() + "/eligibility", Roles.CONARE, """
                {"outcome": "RECOGNIZED", "legalBasis": "CONVENTION_1951", "ground": "POLITICAL_OPINION",
                 "reasons": "r", "memberIds": ["%s"]}""".formatted(family.principal())).then().statusCode(201);
        List<Map<String, Object>> queue = Worklists.all(ELIGIBILITY, Roles.ONPAR_ELIGIBILITY);
        assertEquals(-1, Worklists.indexOf(queue, "memberId", family.principal()));
        assertTrue(Worklists.indexOf(queue, "memberId", family.memberIds().get(1)) >= 0);
    }

    @Test
    void otherRolesAreRefused() {
        for (String role : List.of(Roles.ONPAR_REGISTRATION, Roles.SNM, Roles.MINISTER, Roles.PARTNER_NGO,
                Roles.OPERATIONS, Roles.OVERSIGHT)) {
            given().auth().oauth2(Tokens.of(role)).when().get(ELIGIBILITY).then().statusCode(403);
        }
    }
}
